import { Edit, SimpleForm, useRecordContext } from 'react-admin';
import { AssessmentInputs, toAssessmentArgs, type AssessmentFormValues } from './AssessmentInputs';

/** The anonymity threshold can change only while the assessment is a draft. */
const EditInputs = () => <AssessmentInputs draft={useRecordContext<AssessmentFormValues>()?.status === 'DRAFT'} />;

export const AssessmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: AssessmentFormValues) => toAssessmentArgs(data, false)}>
    <SimpleForm>
      <EditInputs />
    </SimpleForm>
  </Edit>
);
