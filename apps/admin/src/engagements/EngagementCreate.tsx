import { Role } from '@orchestra/shared';
import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { toEngagementArgs, type EngagementFormValues } from './engagementChoices';
import { EngagementInputs } from './EngagementInputs';

export const EngagementCreate = () => {
  const { identity, isPending } = useGetIdentity();
  // The form's defaults are read once, on mount: wait for the identity.
  if (isPending) return null;
  return (
    <Create
      redirect="show"
      transform={(data: EngagementFormValues) => toEngagementArgs(data, true)}
    >
      {/* A consultant owns what they create unless they pick a colleague. */}
      <SimpleForm defaultValues={identity?.['role'] === Role.CONSULTANT ? { ownerId: identity.id } : {}}>
        <EngagementInputs create />
      </SimpleForm>
    </Create>
  );
};
