import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { toUserArgs, type UserFormValues } from './roles';
import { UserInputs } from './UserInputs';

export const UserCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      transform={(data: UserFormValues) => toUserArgs(data, false)}
      mutationOptions={{
        onSuccess: () => {
          notify('User created — a set-password e-mail is on its way.', { type: 'success' });
          redirect('list', 'User');
        },
      }}
    >
      <SimpleForm>
        <UserInputs />
      </SimpleForm>
    </Create>
  );
};
