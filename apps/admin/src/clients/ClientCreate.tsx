import { Create, SimpleForm } from 'react-admin';
import { toClientArgs } from './clientFields';
import { ClientInputs } from './ClientInputs';

export const ClientCreate = () => (
  <Create redirect="list" transform={toClientArgs}>
    <SimpleForm>
      <ClientInputs />
    </SimpleForm>
  </Create>
);
