import { Labeled, ReferenceField, SimpleForm, useRecordContext } from 'react-admin';
import { EditorToolbar } from '../common/editor/EditorButtons';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { templateFrameworkPath, toUpdateTemplateArgs, type TemplateFormValues, type TemplateRecord } from './templateFields';
import { TemplateInputs } from './TemplateInputs';
import { RecordEdit } from '../common/RecordPage';

/** "Questionnaire Standard assessment", or "Edit questionnaire Standard assessment". */
export const TemplateTitle = ({ edit = false }: { edit?: boolean }) => {
  const record = useRecordContext<TemplateRecord>();
  const title = [edit ? 'Edit questionnaire' : 'Questionnaire', record?.name].filter(Boolean).join(' ');
  return <>{title}</>;
};

const TemplateNotice = () => {
  const record = useRecordContext<TemplateRecord>();
  return <PublishedFrameworkNotice frameworkId={record?.frameworkId} />;
};

/**
 * Name, introduction and length (the framework stays). Pessimistic, so a refusal (the framework was
 * published meanwhile, or a name taken) shows the API's message and keeps the form as typed.
 */
export const TemplateEdit = () => (
  <RecordEdit title={<TemplateTitle edit />} mutationMode="pessimistic" redirect="show" transform={(data: TemplateFormValues) => toUpdateTemplateArgs(data)}>
    <SimpleForm
      warnWhenUnsavedChanges
      toolbar={
        <EditorToolbar<TemplateRecord>
          frameworkOf={(template) => template?.frameworkId}
          deleteTitle={(template) => `Delete the questionnaire ${template.name}?`}
          deleteContent="Its questions are deleted with it."
          afterDelete={templateFrameworkPath}
        />
      }
    >
      <TemplateNotice />
      <Labeled label="Framework">
        <ReferenceField source="frameworkId" reference="CapabilityFramework" link="show" />
      </Labeled>
      <TemplateInputs />
    </SimpleForm>
  </RecordEdit>
);
