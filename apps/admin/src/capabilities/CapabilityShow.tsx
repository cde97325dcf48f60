import { NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';
import { Section } from '../common/Section';
import { TARGET_CHOICES } from './capabilityFields';
import { CapabilityQuestions } from './CapabilityQuestions';
import { LevelsField } from './CapabilityLevels';
import { NatureField } from './NatureField';

/** Reached from its framework's page; the Edit button shows for those who may manage frameworks. */
export const CapabilityShow = () => (
  <Show>
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
  </Show>
);
