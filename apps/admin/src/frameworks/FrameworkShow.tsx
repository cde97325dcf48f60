import { Box, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { DateField } from '../common/DateField';
import { AddChildButton } from '../common/editor/EditorButtons';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { FrameworkShowActions } from './FrameworkActions';
import { FrameworkAreas } from './FrameworkAreas';
import { frameworkRepresentation, type FrameworkRecord } from '../common/editor/frameworkRecord';
import { FrameworkStatusField } from './FrameworkStatusField';
import { FrameworkTemplates } from './FrameworkTemplates';
import { Section } from '../common/Section';
import { RecordShow } from '../common/RecordPage';

/** "Framework Engineering Orchestration v2" in the page title. */
const FrameworkTitle = () => {
  const record = useRecordContext<FrameworkRecord>();
  return <>{record ? `Framework ${frameworkRepresentation(record)}` : 'Framework'}</>;
};

/** Name, version and status, when it was published, and what the framework is for. */
const FrameworkHeader = () => {
  const record = useRecordContext<FrameworkRecord>();
  if (!record) return null;
  return (
    <Box sx={{ px: 2, pt: 2, pb: 1 }}>
      <Stack direction="row" alignItems="baseline" gap={1.5} flexWrap="wrap">
        <Typography variant="h5" component="h1">
          {record.name}
        </Typography>
        <Typography variant="h6" component="span" color="text.secondary">
          v{record.version}
        </Typography>
        <FrameworkStatusField />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {record.publishedAt ? (
          <>
            Published <DateField source="publishedAt" />
          </>
        ) : (
          'Not published yet: new assessments cannot use it.'
        )}
      </Typography>
      {record.description && (
        <Typography variant="body1" sx={{ mt: 1.5, whiteSpace: 'pre-wrap' }}>
          {record.description}
        </Typography>
      )}
      <Box sx={{ mt: 1.5 }}>
        <PublishedFrameworkNotice frameworkId={record.id} offerNewVersion={false} />
      </Box>
    </Box>
  );
};

const FrameworkSections = () => {
  const record = useRecordContext<FrameworkRecord>();
  if (!record) return null;
  return (
    <>
      <Section title="Areas and capabilities" action={<AddChildButton resource="CapabilityArea" parentField="frameworkId" label="Add area" frameworkId={record.id} />}>
        <FrameworkAreas />
      </Section>
      <Section title="Questionnaire" action={<AddChildButton resource="AssessmentTemplate" parentField="frameworkId" label="Add questionnaire" frameworkId={record.id} />}>
        <FrameworkTemplates />
      </Section>
    </>
  );
};

export const FrameworkShow = () => (
  <RecordShow title={<FrameworkTitle />} actions={<FrameworkShowActions />}>
    <FrameworkHeader />
    <FrameworkSections />
  </RecordShow>
);
