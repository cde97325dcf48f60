import { Box } from '@mui/material';
import { NumberField, ReferenceField, SelectField, SimpleShowLayout, TextArrayField, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { FrameworkEditButton } from '../common/editor/EditorButtons';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { Section } from '../common/Section';
import { TARGET_CHOICES, type CapabilityRecord } from './capabilityFields';
import { CapabilityQuestions } from './CapabilityQuestions';
import { LevelsField } from './CapabilityLevels';
import { NatureField } from './NatureField';
import { RecordShow } from '../common/RecordPage';

/** Edit shows for those who may manage frameworks, while the framework is a draft. */
const CapabilityShowActions = () => {
  const record = useRecordContext<CapabilityRecord>();
  return <TopToolbar>{record && <FrameworkEditButton frameworkId={record.frameworkId} />}</TopToolbar>;
};

const CapabilityTitle = () => {
  const record = useRecordContext<CapabilityRecord>();
  return <>{record ? `Capability ${record.name}` : 'Capability'}</>;
};

const CapabilityNotice = () => {
  const record = useRecordContext<CapabilityRecord>();
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <PublishedFrameworkNotice frameworkId={record?.frameworkId} />
    </Box>
  );
};

/** Reached from its framework's page. */
export const CapabilityShow = () => (
  <RecordShow title={<CapabilityTitle />} actions={<CapabilityShowActions />}>
    <CapabilityNotice />
    <SimpleShowLayout>
      <TextField source="name" variant="h6" label={false} />
      <ReferenceField source="frameworkId" reference="CapabilityFramework" label="Framework" link="show" />
      <ReferenceField source="areaId" reference="CapabilityArea" label="Area" link={false} />
      <TextField source="key" />
      <NatureField label="Nature" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <NumberField source="weight" />
      <SelectField source="defaultTarget" label="Default target" choices={TARGET_CHOICES} />
      <TextArrayField source="skills" emptyText="—" />
    </SimpleShowLayout>
    <Section title="Levels">
      <LevelsField />
    </Section>
    <Section title="Questions">
      <CapabilityQuestions />
    </Section>
  </RecordShow>
);
