import { Edit, SimpleForm, useRecordContext } from 'react-admin';
import { toUserArgs, type UserFormValues } from './roles';
import { UserInputs } from './UserInputs';

const UserTitle = () => {
  const record = useRecordContext<{ id: string; name?: string }>();
  return <>{record?.name ? `User ${record.name}` : 'User'}</>;
};

// Pessimistic: the API's answer (e-mail taken, client required…) must reach the form.
export const UserEdit = () => (
  <Edit title={<UserTitle />} mutationMode="pessimistic" transform={(data: UserFormValues) => toUserArgs(data, true)}>
    <SimpleForm>
      <UserInputs edit />
    </SimpleForm>
  </Edit>
);
