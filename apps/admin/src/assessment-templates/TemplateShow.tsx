import { EditButton, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { AddChildButton } from '../common/editor/EditorButtons';
import { Section } from '../common/Section';
import { TemplateTitle } from './TemplateEdit';
import { TemplateQuestions } from './TemplateQuestions';

/** Edit shows only for those who may manage frameworks (EditButton asks canAccess). */
const TemplateShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A questionnaire: its framework, what respondents read first, and its questions in order. */
export const TemplateShow = () => (
  <Show title={<TemplateTitle />} actions={<TemplateShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" variant="h6" label={false} />
      <ReferenceField source="frameworkId" reference="CapabilityFramework" label="Framework" link="show" />
      <TextField source="description" label="What respondents read first" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <NumberField source="estimatedMinutes" label="Estimated minutes" />
    </SimpleShowLayout>
    <Section title="Questions" action={<AddChildButton resource="Question" parentField="templateId" label="Add question" />}>
      <TemplateQuestions />
    </Section>
  </Show>
);
