import { DateField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { REVERSIBILITY_CHOICES } from './DecisionRecordInputs';

export const DecisionRecordShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <ReferenceField source="engagementId" reference="Engagement" label="Engagement" link="show" />
      <TextField source="context" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="decision" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="alternatives" label="Alternatives considered" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <SelectField source="reversibility" choices={REVERSIBILITY_CHOICES} />
      <DateField source="decidedAt" label="Decided" showTime />
      <DateField source="revisitDate" label="Revisit on" emptyText="—" />
      <DateField source="revisitNotifiedAt" label="Owner reminded" showTime emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
