import { Stack } from '@mui/material';
import { CLOCK_TIME } from '@orchestra/shared';
import { AutocompleteInput, maxLength, regex, required, SelectInput, TextInput } from 'react-admin';
import { SIZE_BAND_CHOICES, TIME_ZONE_CHOICES } from './clientFields';

const validateName = [required(), maxLength(200)];
const validateShort = [maxLength(100)];
const validateTime = [regex(CLOCK_TIME, 'Use HH:MM, e.g. 09:00')];

export const ClientInputs = () => (
  <>
    <TextInput source="name" validate={validateName} />
    <Stack direction={{ xs: 'column', sm: 'row' }} gap={{ sm: 2 }} width="100%">
      <TextInput source="industry" validate={validateShort} />
      <SelectInput source="sizeBand" label="Size" choices={SIZE_BAND_CHOICES} emptyText="Unknown" />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} gap={{ sm: 2 }} width="100%">
      <TextInput source="region" validate={validateShort} />
      <AutocompleteInput source="timeZone" label="Time zone" choices={TIME_ZONE_CHOICES} />
    </Stack>
    <Stack direction={{ xs: 'column', sm: 'row' }} gap={{ sm: 2 }} width="100%">
      <TextInput source="coreHoursStart" label="Core hours from" type="time" validate={validateTime} helperText="In the client's time zone" />
      <TextInput source="coreHoursEnd" label="Core hours to" type="time" validate={validateTime} />
    </Stack>
    <TextInput source="notes" label="Internal notes" multiline minRows={3} helperText="Never shown to the client's own users." />
  </>
);
