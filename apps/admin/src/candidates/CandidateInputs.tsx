import { Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  email,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  regex,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
} from 'react-admin';
import { TIME_ZONE_CHOICES } from '../clients/clientFields';
import { CURRENCY_CHOICES } from '../common/matching/money';
import { MoneyInput } from '../common/matching/MoneyInput';
import { SENIORITY_CHOICES } from '../roles/roleFields';
import { CandidateSkillsInput } from './CandidateSkillsInput';
import { CONSENT_BASIS_CHOICES, KIND_CHOICES } from './candidateFields';
import { today } from '@orchestra/shared';

const row = { direction: { xs: 'column', sm: 'row' }, gap: { sm: 2 }, width: '100%' } as const;

const Heading = ({ children }: { children: string }) => (
  <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

/** Every field of createCandidate / updateCandidate; money in major units, kept as minor units. */
export const CandidateInputs = () => (
  <>
    <Heading>Person</Heading>
    <Stack {...row}>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} />
      <SelectInput source="seniority" choices={SENIORITY_CHOICES} validate={required()} />
    </Stack>
    <Stack {...row}>
      <TextInput source="email" label="E-mail" type="email" validate={[required(), email(), maxLength(320)]} />
      <TextInput source="phone" validate={maxLength(50)} />
      <TextInput source="profileUrl" label="Profile URL" validate={[maxLength(500), regex(/^https?:\/\//, 'Start with http:// or https://')]} />
    </Stack>
    <Stack {...row}>
      <TextInput source="location" validate={maxLength(200)} />
      <AutocompleteInput source="timeZone" label="Time zone" choices={TIME_ZONE_CHOICES} validate={required()} />
    </Stack>
    <CandidateSkillsInput />
    <Heading>Availability and rate</Heading>
    <Stack {...row}>
      <DateInput source="availableFrom" label="Available from" validate={required()} />
      <NumberInput source="allocation" label="Free allocation %" defaultValue={100} step={1} min={0} max={100} validate={[required(), minValue(0), maxValue(100)]} />
    </Stack>
    <Stack {...row}>
      <MoneyInput source="dayRateMinor" label="Day rate" />
      <MoneyInput source="salaryMinor" label="Salary expectation (yearly)" />
      <AutocompleteInput source="currency" choices={CURRENCY_CHOICES} defaultValue="EUR" validate={required()} sx={{ minWidth: 140 }} />
    </Stack>
    <Heading>Consent</Heading>
    <Stack {...row}>
      <SelectInput source="consentBasis" label="Basis" choices={CONSENT_BASIS_CHOICES} defaultValue="CONSENT" validate={required()} />
      <DateInput source="consentGivenAt" label="Given on" defaultValue={today()} helperText="Without it, consent is not valid and matching leaves the person out." />
      <DateInput source="consentExpiresAt" label="Expires on" />
      <DateInput source="lastContactAt" label="Last contact" />
    </Stack>
    <Heading>CV and tags</Heading>
    <TextInput source="cvText" label="CV text" multiline minRows={4} helperText="Searchable from the candidate list (CV filter)." />
    <TextArrayInput source="tags" helperText="Type a tag, then press Enter." />
  </>
);
