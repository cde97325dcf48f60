import { Stack } from '@mui/material';
import { AutocompleteInput, DateInput, maxLength, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { ConsultantInput } from '../user-summaries/ConsultantInput';
import { BUDGET_CHOICES, HORIZON_CHOICES, URGENCY_CHOICES } from './engagementChoices';

const row = { direction: { xs: 'column', sm: 'row' }, gap: { sm: 2 }, width: '100%' } as const;

export const EngagementInputs = ({ create = false }: { create?: boolean }) => (
  <>
    {create && (
      <ReferenceInput source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Client" validate={required()} />
      </ReferenceInput>
    )}
    <ConsultantInput validate={required()} />
    <TextInput source="title" validate={[required(), maxLength(200)]} />
    <TextInput
      source="businessNeed"
      label="Business need"
      multiline
      minRows={3}
      validate={[required(), maxLength(5000)]}
      helperText="The problem in the client's own words."
    />
    <Stack {...row}>
      <SelectInput source="horizon" label="Need horizon" choices={HORIZON_CHOICES} defaultValue="UNKNOWN" validate={required()} />
      <SelectInput source="urgency" choices={URGENCY_CHOICES} defaultValue="MEDIUM" validate={required()} />
      <SelectInput source="budgetBand" label="Budget" choices={BUDGET_CHOICES} defaultValue="UNKNOWN" validate={required()} />
    </Stack>
    <Stack {...row}>
      <DateInput source="startDate" label="Start" />
      <DateInput source="endDate" label="End" />
    </Stack>
  </>
);
