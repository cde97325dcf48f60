import { SimpleForm, useRecordContext } from 'react-admin';
import { EditorToolbar } from '../common/editor/EditorButtons';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { Section } from '../common/Section';
import { capabilityFrameworkPath, toCapabilityArgs, type CapabilityFormValues, type CapabilityRecord } from './capabilityFields';
import { CapabilityInputs } from './CapabilityInputs';
import { CapabilityQuestions } from './CapabilityQuestions';
import { RecordEdit } from '../common/RecordPage';

const CapabilityNotice = () => {
  const record = useRecordContext<CapabilityRecord>();
  return <PublishedFrameworkNotice frameworkId={record?.frameworkId} />;
};

const CapabilityEditTitle = () => {
  const record = useRecordContext<CapabilityRecord>();
  return <>{record ? `Edit capability ${record.name}` : 'Edit capability'}</>;
};

/** Save, and Delete (with its questions) after a confirmation, then back to the framework. */
const CapabilityEditToolbar = () => (
  <EditorToolbar<CapabilityRecord>
    frameworkOf={(capability) => capability?.frameworkId}
    deleteTitle={(capability) => `Delete the capability ${capability.name}?`}
    deleteContent="The questions measuring it are deleted with it."
    afterDelete={capabilityFrameworkPath}
  />
);

/**
 * The capability editor: wording, weight, default target, skills and the five level descriptors
 * side by side. Pessimistic, so a refusal (the framework was published meanwhile) shows the
 * API's message and keeps the form as typed.
 */
export const CapabilityEdit = () => (
  <RecordEdit title={<CapabilityEditTitle />} mutationMode="pessimistic" redirect="show" transform={(data: CapabilityFormValues) => toCapabilityArgs(data)}>
    <SimpleForm toolbar={<CapabilityEditToolbar />} warnWhenUnsavedChanges>
      <CapabilityNotice />
      <CapabilityInputs />
    </SimpleForm>
    <Section title="Questions">
      <CapabilityQuestions />
    </Section>
  </RecordEdit>
);
