import { Create, SimpleForm } from 'react-admin';
import { RoleInputs } from './RoleInputs';
import { toRoleArgs, type RoleFormValues } from './roleFields';

export const RoleCreate = () => (
  <Create redirect="show" transform={(data: RoleFormValues) => toRoleArgs(data, true)}>
    <SimpleForm>
      <RoleInputs create />
    </SimpleForm>
  </Create>
);
