import { MAX_PER_PAGE } from '@orchestra/shared';
import { useMemo } from 'react';
import { AutocompleteInput, Create, Labeled, ReferenceField, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useGetOne } from 'react-admin';
import type { TemplateRecord } from '../assessment-templates/templateFields';
import { MissingParent } from '../common/editor/EditorButtons';
import { useParentId } from '../common/editor/useParentId';
import { KEY_HINT, validateKey } from '../common/editor/keys';
import { MAX_QUESTION_KEY, newQuestionValues, templatePath, toCreateQuestionArgs, TYPE_CHOICES, type QuestionFormValues } from './questionFields';
import { PromptInputs, ScoringInputs, TemplateCreateToolbar, TemplateFrameworkNotice } from './QuestionInputs';
import { TypedOptionsInput } from './OptionsInput';

const validateKeyInput = validateKey(MAX_QUESTION_KEY);

/** Only the capabilities of the questionnaire's framework (the API refuses any other). */
const CapabilityInput = ({ templateId }: { templateId: string }) => {
  const { data: template } = useGetOne<TemplateRecord>('AssessmentTemplate', { id: templateId });
  if (!template) return null;
  return (
    <ReferenceInput
      source="capabilityId"
      reference="Capability"
      filter={{ frameworkId: template.frameworkId }}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={MAX_PER_PAGE}
    >
      <AutocompleteInput label="Capability" optionText="name" validate={required()} helperText="What the answers measure. Fixed once created." />
    </ReferenceInput>
  );
};

/**
 * Opened from a questionnaire with ?templateId=… (“Add question”). Capability, key and type are
 * chosen here and fixed afterwards; the question goes last and the questionnaire shows again.
 */
export const QuestionCreate = () => {
  const templateId = useParentId('templateId');
  const record = useMemo(() => (templateId ? newQuestionValues(templateId) : undefined), [templateId]);
  if (!templateId) {
    return <MissingParent title="New question">A question is added from its questionnaire (“Add question” on the framework&apos;s page).</MissingParent>;
  }
  return (
    <Create
      title="New question"
      record={record}
      redirect={(_resource, _id, data) => templatePath(data as QuestionFormValues)}
      transform={(data: QuestionFormValues) => toCreateQuestionArgs({ ...data, templateId })}
    >
      <SimpleForm toolbar={<TemplateCreateToolbar templateId={templateId} />}>
        <TemplateFrameworkNotice templateId={templateId} />
        <Labeled label="Questionnaire">
          <ReferenceField source="templateId" reference="AssessmentTemplate" link="show" />
        </Labeled>
        <CapabilityInput templateId={templateId} />
        <TextInput source="key" validate={validateKeyInput} helperText={`${KEY_HINT} Unique within the questionnaire.`} />
        <PromptInputs />
        <SelectInput source="type" choices={TYPE_CHOICES} validate={required()} helperText="How it is answered. Fixed once created." />
        <TypedOptionsInput />
        <ScoringInputs />
      </SimpleForm>
    </Create>
  );
};
