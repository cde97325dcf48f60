import { Box } from '@mui/material';
import { NumberField, ReferenceField, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { AddChildButton, FrameworkEditButton } from '../common/editor/EditorButtons';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import type { TemplateRecord } from './templateFields';
import { Section } from '../common/Section';
import { TemplateTitle } from './TemplateEdit';
import { TemplateQuestions } from './TemplateQuestions';
import { RecordShow } from '../common/RecordPage';

/** Edit shows only for those who may manage frameworks, while the framework is a draft. */
const TemplateShowActions = () => {
  const record = useRecordContext<TemplateRecord>();
  return <TopToolbar>{record && <FrameworkEditButton frameworkId={record.frameworkId} />}</TopToolbar>;
};

const TemplateNotice = () => {
  const record = useRecordContext<TemplateRecord>();
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <PublishedFrameworkNotice frameworkId={record?.frameworkId} />
    </Box>
  );
};

const TemplateQuestionsSection = () => {
  const record = useRecordContext<TemplateRecord>();
  return (
    <Section title="Questions" action={<AddChildButton resource="Question" parentField="templateId" label="Add question" frameworkId={record?.frameworkId} />}>
      <TemplateQuestions />
    </Section>
  );
};

/** A questionnaire: its framework, what respondents read first, and its questions in order. */
export const TemplateShow = () => (
  <RecordShow title={<TemplateTitle />} actions={<TemplateShowActions />}>
    <TemplateNotice />
    <SimpleShowLayout>
      <TextField source="name" variant="h6" label={false} />
      <ReferenceField source="frameworkId" reference="CapabilityFramework" label="Framework" link="show" />
      <TextField source="description" label="What respondents read first" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <NumberField source="estimatedMinutes" label="Estimated minutes" />
    </SimpleShowLayout>
    <TemplateQuestionsSection />
  </RecordShow>
);
