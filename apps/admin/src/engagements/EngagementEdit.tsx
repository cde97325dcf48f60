import { SimpleForm } from 'react-admin';
import { toEngagementArgs, type EngagementFormValues } from './engagementChoices';
import { EngagementInputs } from './EngagementInputs';
import { RecordEdit } from '../common/RecordPage';

// The stage is not edited here: it moves only through moveEngagementStage (show page).
export const EngagementEdit = () => (
  <RecordEdit mutationMode="pessimistic" redirect="show" transform={(data: EngagementFormValues) => toEngagementArgs(data, false)}>
    <SimpleForm>
      <EngagementInputs />
    </SimpleForm>
  </RecordEdit>
);
