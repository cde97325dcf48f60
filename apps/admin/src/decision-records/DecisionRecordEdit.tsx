import { SimpleForm } from 'react-admin';
import { DecisionRecordInputs, toDecisionArgs, type DecisionFormValues } from './DecisionRecordInputs';
import { RecordEdit } from '../common/RecordPage';

// Pessimistic: a past revisit date is refused by the API and the form must say so.
export const DecisionRecordEdit = () => (
  <RecordEdit mutationMode="pessimistic" redirect="show" transform={(data: DecisionFormValues) => toDecisionArgs(data, false)}>
    <SimpleForm>
      <DecisionRecordInputs />
    </SimpleForm>
  </RecordEdit>
);
