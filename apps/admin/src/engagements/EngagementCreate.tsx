import { Create, SimpleForm, useGetIdentity } from 'react-admin';
import { toEngagementArgs, type EngagementFormValues } from './engagementChoices';
import { EngagementInputs } from './EngagementInputs';

export const EngagementCreate = () => {
  const { identity } = useGetIdentity();
  return (
    <Create
      redirect="show"
      // A consultant owns what they create unless an ADMIN picked someone.
      transform={(data: EngagementFormValues) => toEngagementArgs({ ...data, ownerId: data.ownerId ?? String(identity?.id ?? '') }, true)}
    >
      <SimpleForm>
        <EngagementInputs create />
      </SimpleForm>
    </Create>
  );
};
