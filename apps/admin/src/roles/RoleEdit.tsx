import { Edit, SimpleForm } from 'react-admin';
import { RoleInputs } from './RoleInputs';
import { toRoleArgs, type RoleFormValues } from './roleFields';

// Pessimistic: the API's answer (a FILLED role cannot be deleted, a skill unknown…) must reach the form.
export const RoleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: RoleFormValues) => toRoleArgs(data, false)}>
    <SimpleForm>
      <RoleInputs />
    </SimpleForm>
  </Edit>
);
