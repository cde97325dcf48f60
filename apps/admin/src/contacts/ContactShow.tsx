import { EmailField, ReferenceField, SimpleShowLayout, TextField, useCanAccess } from 'react-admin';
import { DateField } from '../common/DateField';
import { RecordShow } from '../common/RecordPage';

/** The Edit button comes with the default actions, shown to those who may edit contacts. */
export const ContactShow = () => {
  // The linked user is shown by name to those who may read the user directory (not CLIENT users).
  const { canAccess: canReadDirectory } = useCanAccess({ resource: 'UserSummary', action: 'list' });
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="name" variant="h6" />
        <EmailField source="email" label="E-mail" />
        <TextField source="title" label="Job title" emptyText="—" />
        <ReferenceField source="clientId" reference="Client" label="Client" link="show" />
        {canReadDirectory && <ReferenceField source="userId" reference="UserSummary" label="Signs in as" link={false} emptyText="—" />}
        <DateField source="createdAt" label="Created" showTime />
        <DateField source="updatedAt" label="Updated" showTime />
      </SimpleShowLayout>
    </RecordShow>
  );
};
