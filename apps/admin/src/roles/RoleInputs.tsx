import { Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  FormDataConsumer,
  Labeled,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  type Validator,
} from 'react-admin';
import { CURRENCY_CHOICES } from '../common/matching/money';
import { MoneyInput } from '../common/matching/MoneyInput';
import { RequiredSkillsInput } from './RequiredSkillsInput';
import { EDITABLE_STATUS_CHOICES, OPTION_TYPE_CHOICES, SENIORITY_CHOICES, type RoleFormValues } from './roleFields';

const row = { direction: { xs: 'column', sm: 'row' }, gap: { sm: 2 }, width: '100%' } as const;

const atLeastTheMinimum: Validator = (value: unknown, values: RoleFormValues) =>
  typeof value === 'number' && typeof values.budgetMinMinor === 'number' && value < values.budgetMinMinor ? 'The maximum is below the minimum.' : undefined;

/** The role's fields (createRole / updateRole). The engagement is chosen on create only. */
export const RoleInputs = ({ create = false }: { create?: boolean }) => (
  <>
    {create ? (
      <ReferenceInput source="engagementId" reference="Engagement" sort={{ field: 'createdAt', order: 'DESC' }}>
        <AutocompleteInput label="Engagement" validate={required()} />
      </ReferenceInput>
    ) : (
      <Stack {...row} sx={{ mb: 1 }}>
        <Labeled label="Engagement">
          <ReferenceField source="engagementId" reference="Engagement" />
        </Labeled>
        <Labeled label="Client">
          <ReferenceField source="clientId" reference="Client" />
        </Labeled>
      </Stack>
    )}
    <TextInput source="title" validate={[required(), maxLength(200)]} />
    <Stack {...row}>
      <SelectInput source="optionType" label="Option type" choices={OPTION_TYPE_CHOICES} defaultValue="AUGMENTATION" validate={required()} />
      <SelectInput source="seniority" choices={SENIORITY_CHOICES} validate={required()} />
      {!create && <SelectInput source="status" choices={EDITABLE_STATUS_CHOICES} validate={required()} helperText="Filled only through a placement." />}
    </Stack>
    <RequiredSkillsInput />
    <Typography variant="subtitle2" sx={{ mt: 2 }}>
      When and how much
    </Typography>
    <Stack {...row}>
      <DateInput source="startDate" label="Start date" />
      <BooleanInput source="permanent" label="Permanent" defaultValue={false} />
      <FormDataConsumer<RoleFormValues>>
        {({ formData }) =>
          formData.permanent ? null : (
            <NumberInput source="durationWeeks" label="Duration (weeks)" step={1} min={1} validate={minValue(1)} />
          )
        }
      </FormDataConsumer>
      <NumberInput source="allocation" label="Allocation %" defaultValue={100} step={1} min={1} max={100} validate={[required(), minValue(1), maxValue(100)]} />
    </Stack>
    <FormDataConsumer<RoleFormValues>>
      {({ formData }) => (
        <Stack {...row}>
          <MoneyInput source="budgetMinMinor" label={formData.permanent ? 'Salary from (yearly)' : 'Day rate from'} />
          <MoneyInput source="budgetMaxMinor" label={formData.permanent ? 'Salary to (yearly)' : 'Day rate to'} validate={atLeastTheMinimum} />
          <AutocompleteInput source="currency" choices={CURRENCY_CHOICES} defaultValue="EUR" validate={required()} sx={{ minWidth: 140 }} />
        </Stack>
      )}
    </FormDataConsumer>
    <NumberInput
      source="minOverlapHours"
      label="Minimum overlap (hours)"
      helperText="Hours a candidate's working day must share with the client's core hours (0–8)."
      defaultValue={0}
      step={1}
      min={0}
      max={8}
      validate={[required(), minValue(0), maxValue(8)]}
    />
  </>
);
