import { ReferenceField, SelectField, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { DateField } from '../common/DateField';
import { REVERSIBILITY_CHOICES } from './DecisionRecordInputs';
import { RecordShow } from '../common/RecordPage';

const DecisionTitle = () => {
  const record = useRecordContext<{ title: string }>();
  return <>{record ? `Decision ${record.title}` : 'Decision'}</>;
};

export const DecisionRecordShow = () => (
  <RecordShow title={<DecisionTitle />}>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <ReferenceField source="engagementId" reference="Engagement" label="Engagement" link="show" />
      <TextField source="context" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="decision" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="alternatives" label="Alternatives considered" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="noteToClient" label="Note to the client" emptyText="— (nothing shared with the client)" sx={{ whiteSpace: 'pre-wrap' }} />
      <SelectField source="reversibility" choices={REVERSIBILITY_CHOICES} />
      <DateField source="decidedAt" label="Decided" showTime />
      <DateField source="revisitDate" label="Revisit on" emptyText="—" />
      <DateField source="revisitNotifiedAt" label="Owner reminded" showTime emptyText="—" />
    </SimpleShowLayout>
  </RecordShow>
);
