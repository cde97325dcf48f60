import { SimpleForm } from 'react-admin';
import { toClientArgs } from './clientFields';
import { ClientInputs } from './ClientInputs';
import { RecordEdit } from '../common/RecordPage';

// Pessimistic: the API's answer (core hours out of order…) must reach the form.
export const ClientEdit = () => (
  <RecordEdit mutationMode="pessimistic" transform={toClientArgs}>
    <SimpleForm>
      <ClientInputs />
    </SimpleForm>
  </RecordEdit>
);
