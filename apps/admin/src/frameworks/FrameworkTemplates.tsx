import { Box, Stack, Typography } from '@mui/material';
import { QUESTION_TYPES, enumLabel } from '@orchestra/shared';
import { Labeled, Link, RecordsIterator, ReferenceManyCount, ReferenceManyField, useRecordContext } from 'react-admin';
import type { TemplateRecord } from '../assessment-templates/templateFields';
import { EmptyText } from '../layout/EmptyText';
import { AddChildButton, FrameworkEditButton } from '../common/editor/EditorButtons';

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
      <Labeled key={type} label={enumLabel('QuestionType', type)} role="listitem">
        <ReferenceManyCount reference="Question" target="templateId" filter={{ type }} />
      </Labeled>
    ))}
  </Stack>
);

/** One questionnaire: its name (opening its questions), length, intro and counts; edit and add a question for ADMIN. */
const TemplateSummary = () => {
  const template = useRecordContext<TemplateRecord>();
  if (!template) return null;
  return (
    <Box component="section" aria-label={template.name} sx={{ mb: 2 }}>
      <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap">
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, flex: 1 }}>
          <Link to={`/AssessmentTemplate/${template.id}/show`}>{template.name}</Link>
        </Typography>
        <FrameworkEditButton frameworkId={template.frameworkId} label="Edit questionnaire" />
        <AddChildButton resource="Question" parentField="templateId" label="Add question" frameworkId={template.frameworkId} />
      </Stack>
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
