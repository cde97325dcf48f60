import { Stack } from '@mui/material';
import { MAX_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from '@orchestra/shared';
import { AutocompleteInput, DateInput, maxLength, minValue, maxValue, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';

const row = { direction: { xs: 'column', sm: 'row' }, gap: { sm: 2 }, width: '100%' } as const;

/** Engagement and template are chosen once, on create. */
export const AssessmentInputs = ({ create = false, draft = true }: { create?: boolean; draft?: boolean }) => (
  <>
    {create && (
      <>
        <ReferenceInput source="engagementId" reference="Engagement" sort={{ field: 'title', order: 'ASC' }}>
          <AutocompleteInput label="Engagement" optionText="title" validate={required()} />
        </ReferenceInput>
        <ReferenceInput source="templateId" reference="AssessmentTemplate" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label="Questionnaire" optionText="name" validate={required()} helperText="From a published capability framework." />
        </ReferenceInput>
      </>
    )}
    <TextInput source="title" validate={[required(), maxLength(200)]} helperText="E.g. “Baseline, Q1”: respondents see it." />
    <Stack {...row}>
      <DateInput source="dueDate" label="Due" validate={required()} helperText="Reminders go 3 days and 1 day before." />
      <NumberInput source="minRespondents" label="Minimum respondents" min={1} max={500} validate={[required(), minValue(1), maxValue(500)]} />
      <NumberInput
        source="anonymityThreshold"
        label="Anonymity threshold"
        min={MIN_ANONYMITY_THRESHOLD}
        max={MAX_ANONYMITY_THRESHOLD}
        disabled={!draft}
        validate={[required(), minValue(MIN_ANONYMITY_THRESHOLD), maxValue(MAX_ANONYMITY_THRESHOLD)]}
        helperText={draft ? 'The client never sees a breakdown or quote from fewer people.' : 'Fixed once opened: respondents were told it.'}
      />
    </Stack>
  </>
);

export interface AssessmentFormValues {
  engagementId?: string;
  templateId?: string;
  title?: string;
  dueDate?: string;
  minRespondents?: number;
  anonymityThreshold?: number;
  status?: string;
}

/** Sends exactly the editable fields (engagement and template only on create). */
export function toAssessmentArgs(data: AssessmentFormValues, create: boolean): AssessmentFormValues {
  const args: AssessmentFormValues = { title: data.title, dueDate: data.dueDate, minRespondents: data.minRespondents };
  if (create) Object.assign(args, { engagementId: data.engagementId, templateId: data.templateId });
  // The threshold is sent only while it may change (a draft).
  if (create || data.status === 'DRAFT') args.anonymityThreshold = data.anonymityThreshold;
  return args;
}
