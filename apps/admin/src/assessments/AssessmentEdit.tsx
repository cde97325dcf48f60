import { Edit, SimpleForm } from 'react-admin';
import { AssessmentInputs, toAssessmentArgs, type AssessmentFormValues } from './AssessmentInputs';

export const AssessmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: AssessmentFormValues) => toAssessmentArgs(data, false)}>
    <SimpleForm>
      <AssessmentInputs />
    </SimpleForm>
  </Edit>
);
