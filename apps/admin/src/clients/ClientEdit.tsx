import { Edit, SimpleForm } from 'react-admin';
import { toClientArgs } from './clientFields';
import { ClientInputs } from './ClientInputs';

// Pessimistic: the API's answer (core hours out of order…) must reach the form.
export const ClientEdit = () => (
  <Edit mutationMode="pessimistic" transform={toClientArgs}>
    <SimpleForm>
      <ClientInputs />
    </SimpleForm>
  </Edit>
);
