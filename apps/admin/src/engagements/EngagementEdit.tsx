import { Edit, SimpleForm } from 'react-admin';
import { toEngagementArgs, type EngagementFormValues } from './engagementChoices';
import { EngagementInputs } from './EngagementInputs';

// The stage is not edited here: it moves only through moveEngagementStage (show page).
export const EngagementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: EngagementFormValues) => toEngagementArgs(data, false)}>
    <SimpleForm>
      <EngagementInputs />
    </SimpleForm>
  </Edit>
);
