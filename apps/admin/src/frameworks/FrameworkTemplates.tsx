import { Box, Stack, Typography } from '@mui/material';
import { QUESTION_TYPES, type QuestionType } from '@orchestra/shared';
import { Labeled, RecordsIterator, ReferenceManyCount, ReferenceManyField, useRecordContext } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';

interface TemplateRecord {
  id: string;
  name: string;
  description: string;
  estimatedMinutes: number;
}

const TYPE_LABELS: Readonly<Record<QuestionType, string>> = {
  SCALE: 'Scale',
  CHOICE: 'Choice',
  MULTI: 'Multiple choice',
  TEXT: 'Text',
};

/**
 * The question count per type, each from the API's count (`_allQuestionsMeta` with the type as
 * filter) rather than from downloading the questions.
 */
const QuestionCounts = () => (
  <Stack direction="row" gap={3} flexWrap="wrap" role="list" aria-label="Questions by type">
    <Labeled label="All questions" role="listitem">
      <ReferenceManyCount reference="Question" target="templateId" />
    </Labeled>
    {QUESTION_TYPES.map((type) => (
      <Labeled key={type} label={TYPE_LABELS[type]} role="listitem">
        <ReferenceManyCount reference="Question" target="templateId" filter={{ type }} />
      </Labeled>
    ))}
  </Stack>
);

const TemplateSummary = () => {
  const template = useRecordContext<TemplateRecord>();
  if (!template) return null;
  return (
    <Box component="section" aria-label={template.name} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
        {template.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        About {template.estimatedMinutes} minutes. {template.description}
      </Typography>
      <QuestionCounts />
    </Box>
  );
};

/** The framework's questionnaire(s), each with how many questions of each type it asks. */
export const FrameworkTemplates = () => (
  <ReferenceManyField
    reference="AssessmentTemplate"
    target="frameworkId"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={20}
    empty={<EmptyText>This framework has no questionnaire yet.</EmptyText>}
  >
    <RecordsIterator>
      <TemplateSummary />
    </RecordsIterator>
  </ReferenceManyField>
);
