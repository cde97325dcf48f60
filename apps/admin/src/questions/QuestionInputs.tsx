import { Box } from '@mui/material';
import { BooleanInput, NumberInput, TextInput, useGetOne } from 'react-admin';
import type { TemplateRecord } from '../assessment-templates/templateFields';
import { CreateToolbar } from '../common/editor/EditorButtons';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { MAX_QUESTION_WEIGHT, MIN_QUESTION_WEIGHT, validateHelpText, validatePrompt, validateQuestionWeight } from './questionFields';

/** What the respondent reads: the question and an optional hint under it. */
export const PromptInputs = () => (
  <>
    <TextInput source="prompt" label="Question" multiline minRows={2} validate={validatePrompt} />
    <TextInput source="helpText" label="Help text" multiline validate={validateHelpText} helperText="Optional: shown under the question." />
  </>
);

/** How the answer counts: its weight within the capability, and whether "Don't know" is offered. */
export const ScoringInputs = () => (
  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', width: '100%' }}>
    <NumberInput
      source="weight"
      step={0.25}
      min={MIN_QUESTION_WEIGHT}
      max={MAX_QUESTION_WEIGHT}
      validate={validateQuestionWeight}
      helperText={`Within its capability, ${MIN_QUESTION_WEIGHT} to ${MAX_QUESTION_WEIGHT}`}
      sx={{ flex: '0 1 12rem' }}
    />
    <BooleanInput source="allowsDontKnow" label="Offer “Don't know”" helperText="Such answers count towards no score." />
  </Box>
);

/** Save while the questionnaire's framework is a draft. */
export const TemplateCreateToolbar = ({ templateId }: { templateId: string }) => {
  const { data: template } = useGetOne<TemplateRecord>('AssessmentTemplate', { id: templateId });
  return <CreateToolbar frameworkId={template?.frameworkId} />;
};

/** The questionnaire's framework, for the notice (usually cached from the questionnaire's page). */
export const TemplateFrameworkNotice = ({ templateId }: { templateId?: string | null }) => {
  const { data: template } = useGetOne<TemplateRecord>('AssessmentTemplate', { id: templateId ?? '' }, { enabled: templateId != null && templateId !== '' });
  return <PublishedFrameworkNotice frameworkId={template?.frameworkId} />;
};
