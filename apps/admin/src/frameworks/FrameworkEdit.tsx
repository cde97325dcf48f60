import { Edit, SimpleForm, useRecordContext } from 'react-admin';
import { EditorToolbar } from '../common/editor/EditorButtons';
import { frameworkRepresentation, type FrameworkRecord } from '../common/editor/frameworkRecord';
import { toFrameworkArgs, type FrameworkFormValues } from './frameworkFields';
import { FrameworkInputs } from './FrameworkInputs';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';

const FrameworkEditTitle = () => {
  const record = useRecordContext<FrameworkRecord>();
  return <>{record ? `Edit ${frameworkRepresentation(record)}` : 'Edit framework'}</>;
};

const FrameworkNotice = () => {
  const record = useRecordContext<FrameworkRecord>();
  return <PublishedFrameworkNotice frameworkId={record?.id} />;
};

/**
 * Name and description. Pessimistic, so a refusal (CONFLICT: published and in use, or a name
 * another framework has) shows the API's message and keeps the form as typed.
 */
export const FrameworkEdit = () => (
  <Edit title={<FrameworkEditTitle />} mutationMode="pessimistic" redirect="show" transform={(data: FrameworkFormValues) => toFrameworkArgs(data)}>
    <SimpleForm
      warnWhenUnsavedChanges
      toolbar={
        <EditorToolbar<FrameworkRecord>
          deleteTitle={(f) => `Delete ${frameworkRepresentation(f)}?`}
          deleteContent="Its areas, capabilities, questionnaires and questions are deleted with it."
          afterDelete={() => '/CapabilityFramework'}
        />
      }
    >
      <FrameworkNotice />
      <FrameworkInputs />
    </SimpleForm>
  </Edit>
);
