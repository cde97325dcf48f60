import { NumberInput, TextInput } from 'react-admin';
import { MAX_MINUTES, MIN_MINUTES, validateMinutes, validateTemplateDescription, validateTemplateName } from './templateFields';

/** Name, the introduction respondents read first, and how long it takes. */
export const TemplateInputs = () => (
  <>
    <TextInput source="name" validate={validateTemplateName} helperText="E.g. “Standard assessment”: unique within the framework." />
    <TextInput
      source="description"
      label="What respondents read first"
      multiline
      minRows={3}
      validate={validateTemplateDescription}
      helperText="How to answer: shown on the questionnaire's welcome page."
    />
    <NumberInput
      source="estimatedMinutes"
      label="Estimated minutes"
      min={MIN_MINUTES}
      max={MAX_MINUTES}
      validate={validateMinutes}
      helperText={`How long answering takes, ${MIN_MINUTES} to ${MAX_MINUTES} minutes: respondents see it.`}
    />
  </>
);
