import { Create, SimpleForm } from 'react-admin';
import { ClientInputs } from './ClientInputs';

export const ClientCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ClientInputs />
    </SimpleForm>
  </Create>
);
