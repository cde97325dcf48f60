import { Stack } from '@mui/material';
import { Role } from '@orchestra/shared';
import { AutocompleteInput, DateInput, maxLength, ReferenceInput, required, SelectInput, TextInput, useGetIdentity } from 'react-admin';
import { BUDGET_CHOICES, HORIZON_CHOICES, URGENCY_CHOICES } from './engagementChoices';

const row = { direction: { xs: 'column', sm: 'row' }, gap: { sm: 2 }, width: '100%' } as const;

/**
 * ADMINs pick the owning consultant; a consultant creating an engagement owns it (the API checks
 * that the owner is a CONSULTANT either way).
 */
const OwnerInput = () => {
  const { identity } = useGetIdentity();
  if (identity?.['role'] === Role.ADMIN) {
    return (
      <ReferenceInput source="ownerId" reference="User" filter={{ role: Role.CONSULTANT, active: true }} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Owner" validate={required()} />
      </ReferenceInput>
    );
  }
  return null;
};

export const EngagementInputs = ({ create = false }: { create?: boolean }) => (
  <>
    {create && (
      <ReferenceInput source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Client" validate={required()} />
      </ReferenceInput>
    )}
    <OwnerInput />
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
