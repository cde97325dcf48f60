import { Edit, SimpleForm } from 'react-admin';
import { ClientInputs } from './ClientInputs';

// Only `name` is editable: the record's other fields are not sent.
export const ClientEdit = () => (
  <Edit mutationMode="pessimistic" transform={(data: { name?: string }) => ({ name: data.name })}>
    <SimpleForm>
      <ClientInputs />
    </SimpleForm>
  </Edit>
);
