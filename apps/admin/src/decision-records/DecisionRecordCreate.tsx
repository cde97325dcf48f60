import { AutocompleteInput, Create, ReferenceInput, required, SimpleForm } from 'react-admin';
import { DecisionRecordInputs, toDecisionArgs, type DecisionFormValues } from './DecisionRecordInputs';

export const DecisionRecordCreate = () => (
  <Create redirect="show" transform={(data: DecisionFormValues) => toDecisionArgs(data, true)}>
    <SimpleForm>
      <ReferenceInput source="engagementId" reference="Engagement" sort={{ field: 'title', order: 'ASC' }}>
        <AutocompleteInput label="Engagement" validate={required()} />
      </ReferenceInput>
      <DecisionRecordInputs />
    </SimpleForm>
  </Create>
);
