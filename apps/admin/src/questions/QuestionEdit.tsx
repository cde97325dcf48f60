import { Stack } from '@mui/material';
import { QuestionType } from '@orchestra/shared';
import { Labeled, ReferenceField, SimpleForm, TextField, useGetOne, useRecordContext, type RaRecord } from 'react-admin';
import type { TemplateRecord } from '../assessment-templates/templateFields';
import { EditorToolbar } from '../common/editor/EditorButtons';
import { templatePath, toUpdateQuestionArgs, type QuestionFormValues, type QuestionRecord } from './questionFields';
import { PromptInputs, ScoringInputs, TemplateFrameworkNotice } from './QuestionInputs';
import { OptionsInput } from './OptionsInput';
import { optionFormValues } from './questionOptions';
import { QuestionTypeField } from './QuestionTypeField';
import { RecordEdit } from '../common/RecordPage';

const QuestionEditTitle = () => {
  const record = useRecordContext<QuestionRecord>();
  return <>{record ? `Edit question ${record.key}` : 'Edit question'}</>;
};

/** Questionnaire, capability, key and type: fixed once created (answers are traced through them). */
const FixedFields = () => (
  <Stack direction="row" gap={4} flexWrap="wrap">
    <Labeled label="Questionnaire">
      <ReferenceField source="templateId" reference="AssessmentTemplate" link="show" />
    </Labeled>
    <Labeled label="Capability">
      <ReferenceField source="capabilityId" reference="Capability" link="show" />
    </Labeled>
    <Labeled label="Key">
      <TextField source="key" />
    </Labeled>
    <Labeled label="Type">
      <QuestionTypeField />
    </Labeled>
  </Stack>
);

/** Save and Delete while the questionnaire's framework is a draft. */
const QuestionEditToolbar = () => {
  const record = useRecordContext<QuestionRecord>();
  const { data: template } = useGetOne<TemplateRecord>('AssessmentTemplate', { id: record?.templateId ?? '' }, { enabled: Boolean(record?.templateId) });
  return (
    <EditorToolbar<QuestionRecord>
      frameworkOf={() => template?.frameworkId}
      deleteTitle={(question) => `Delete the question ${question.key}?`}
      deleteContent="It is removed from its questionnaire."
      afterDelete={templatePath}
    />
  );
};

const QuestionNotice = () => {
  const record = useRecordContext<QuestionRecord>();
  return <TemplateFrameworkNotice templateId={record?.templateId} />;
};

/** The options editor for the saved question's (fixed) type. */
const SavedTypeOptionsInput = () => {
  const record = useRecordContext<QuestionRecord>();
  return record ? <OptionsInput type={record.type} /> : null;
};

/** The editor's options values come from the saved options (a SCALE's five labels, or the rows). */
const defaultValues = (record?: RaRecord) => {
  const question = record as QuestionRecord | undefined;
  return question ? optionFormValues(question.type, question.options) : {};
};

/**
 * Wording, options, weight and "Don't know". Pessimistic, so a refusal (the framework was
 * published meanwhile) shows the API's message and keeps the form as typed.
 */
export const QuestionEdit = () => (
  <RecordEdit
    title={<QuestionEditTitle />}
    mutationMode="pessimistic"
    redirect={(_resource, _id, data) => templatePath(data as QuestionFormValues)}
    transform={(data: QuestionFormValues) => toUpdateQuestionArgs(data, data.type ?? QuestionType.TEXT)}
  >
    <SimpleForm
      defaultValues={defaultValues}
      warnWhenUnsavedChanges
      toolbar={<QuestionEditToolbar />}
    >
      <QuestionNotice />
      <FixedFields />
      <PromptInputs />
      <SavedTypeOptionsInput />
      <ScoringInputs />
    </SimpleForm>
  </RecordEdit>
);
