import { SimpleForm, TopToolbar, useRecordContext } from 'react-admin';
import { ResendInvitationButton } from './ResendInvitationButton';
import { toUserArgs, type UserFormValues } from './roles';
import { UserInputs } from './UserInputs';
import { RecordEdit } from '../common/RecordPage';

const UserTitle = () => {
  const record = useRecordContext<{ id: string; name?: string }>();
  return <>{record?.name ? `Edit user ${record.name}` : 'Edit user'}</>;
};

/** For a user who has never signed in: send the invitation again. */
const UserEditActions = () => (
  <TopToolbar>
    <ResendInvitationButton />
  </TopToolbar>
);

// Pessimistic: the API's answer (e-mail taken, client required…) must reach the form.
export const UserEdit = () => (
  <RecordEdit title={<UserTitle />} actions={<UserEditActions />} mutationMode="pessimistic" transform={(data: UserFormValues) => toUserArgs(data, true)}>
    <SimpleForm>
      <UserInputs edit />
    </SimpleForm>
  </RecordEdit>
);
