import { SimpleForm, useRecordContext } from 'react-admin';
import { EditorToolbar } from '../common/editor/EditorButtons';
import { frameworkRepresentation, type FrameworkRecord } from '../common/editor/frameworkRecord';
import { toFrameworkArgs, type FrameworkFormValues } from './frameworkFields';
import { FrameworkInputs } from './FrameworkInputs';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { RecordEdit } from '../common/RecordPage';

const FrameworkEditTitle = () => {
  const record = useRecordContext<FrameworkRecord>();
  return <>{record ? `Edit framework ${frameworkRepresentation(record)}` : 'Edit framework'}</>;
};

const FrameworkNotice = () => {
  const record = useRecordContext<FrameworkRecord>();
  return <PublishedFrameworkNotice frameworkId={record?.id} />;
};

/**
 * Name and description. Pessimistic, so a refusal (published meanwhile: read-only, or a name
 * another framework has) shows the API's message and keeps the form as typed.
 */
export const FrameworkEdit = () => (
  <RecordEdit title={<FrameworkEditTitle />} mutationMode="pessimistic" redirect="show" transform={(data: FrameworkFormValues) => toFrameworkArgs(data)}>
    <SimpleForm
      warnWhenUnsavedChanges
      toolbar={
        <EditorToolbar<FrameworkRecord>
          frameworkOf={(f) => f?.id}
          deleteTitle={(f) => `Delete ${frameworkRepresentation(f)}?`}
          deleteContent="Its areas, capabilities, questionnaires and questions are deleted with it."
          afterDelete={() => '/CapabilityFramework'}
        />
      }
    >
      <FrameworkNotice />
      <FrameworkInputs />
    </SimpleForm>
  </RecordEdit>
);
