import { Edit, SimpleForm } from 'react-admin';
import { DecisionRecordInputs, toDecisionArgs, type DecisionFormValues } from './DecisionRecordInputs';

// Pessimistic: a past revisit date is refused by the API and the form must say so.
export const DecisionRecordEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: DecisionFormValues) => toDecisionArgs(data, false)}>
    <SimpleForm>
      <DecisionRecordInputs />
    </SimpleForm>
  </Edit>
);
