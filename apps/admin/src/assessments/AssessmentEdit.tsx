import { SimpleForm, useRecordContext } from 'react-admin';
import { AssessmentInputs, toAssessmentArgs, type AssessmentFormValues } from './AssessmentInputs';
import { RecordEdit } from '../common/RecordPage';

/** The anonymity threshold can change only while the assessment is a draft. */
const EditInputs = () => <AssessmentInputs draft={useRecordContext<AssessmentFormValues>()?.status === 'DRAFT'} />;

export const AssessmentEdit = () => (
  <RecordEdit mutationMode="pessimistic" redirect="show" transform={(data: AssessmentFormValues) => toAssessmentArgs(data, false)}>
    <SimpleForm>
      <EditInputs />
    </SimpleForm>
  </RecordEdit>
);
