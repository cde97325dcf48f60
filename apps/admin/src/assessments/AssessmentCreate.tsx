import { DEFAULT_ANONYMITY_THRESHOLD, daysFromToday } from '@orchestra/shared';
import { Create, SimpleForm } from 'react-admin';
import { useSearchParams } from 'react-router';
import { AssessmentInputs, toAssessmentArgs, type AssessmentFormValues } from './AssessmentInputs';

/** Opened from an engagement with ?engagementId=…, which it pre-selects. */
export const AssessmentCreate = () => {
  const [params] = useSearchParams();
  return (
    <Create redirect="show" transform={(data: AssessmentFormValues) => toAssessmentArgs(data, true)}>
      <SimpleForm defaultValues={{ engagementId: params.get('engagementId') ?? undefined, dueDate: daysFromToday(14), minRespondents: 3, anonymityThreshold: DEFAULT_ANONYMITY_THRESHOLD, title: 'Capability baseline' }}>
        <AssessmentInputs create />
      </SimpleForm>
    </Create>
  );
};
