import { SimpleForm } from 'react-admin';
import { RoleInputs } from './RoleInputs';
import { toRoleArgs, type RoleFormValues } from './roleFields';
import { RecordEdit } from '../common/RecordPage';

// Pessimistic: the API's answer (a FILLED role cannot be deleted, a skill unknown…) must reach the form.
export const RoleEdit = () => (
  <RecordEdit mutationMode="pessimistic" redirect="show" transform={(data: RoleFormValues) => toRoleArgs(data, false)}>
    <SimpleForm>
      <RoleInputs />
    </SimpleForm>
  </RecordEdit>
);
