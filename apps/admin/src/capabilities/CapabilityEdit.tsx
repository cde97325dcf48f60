import { Alert, Box } from '@mui/material';
import { FrameworkStatus } from '@orchestra/shared';
import {
  Edit,
  Labeled,
  maxValue,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  Toolbar,
  useGetOne,
  useRecordContext,
} from 'react-admin';
import { Section } from '../frameworks/Section';
import { frameworkRepresentation, type FrameworkRecord } from '../frameworks/frameworkFields';
import {
  MAX_WEIGHT,
  MIN_WEIGHT,
  TARGET_CHOICES,
  toCapabilityArgs,
  validateDescription,
  validateName,
  validateSkills,
  type CapabilityFormValues,
  type CapabilityRecord,
} from './capabilityFields';
import { CapabilityQuestions } from './CapabilityQuestions';
import { LevelsInput } from './CapabilityLevels';
import { NatureField } from './NatureField';

const validateWeight = [required(), minValue(MIN_WEIGHT), maxValue(MAX_WEIGHT)];

/** Says up front what the API would answer with CONFLICT: a published framework in use is frozen. */
const PublishedFrameworkNotice = () => {
  const record = useRecordContext<CapabilityRecord>();
  const { data: framework } = useGetOne<FrameworkRecord>(
    'CapabilityFramework',
    { id: record?.frameworkId ?? '' },
    { enabled: Boolean(record?.frameworkId) },
  );
  if (framework?.status !== FrameworkStatus.PUBLISHED) return null;
  return (
    <Alert severity="info" sx={{ width: '100%', boxSizing: 'border-box' }}>
      {frameworkRepresentation(framework)} is published: once an assessment uses it, changes are refused. To change it, create a new
      version from the framework&apos;s page.
    </Alert>
  );
};

/** Save only: capabilities are not deleted here (they come and go with a framework version). */
const CapabilityEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * The capability editor: wording, weight, default target, skills and the five level descriptors
 * side by side. Pessimistic, so a refusal (CONFLICT on a published framework in use) shows the
 * API's message and keeps the form as typed.
 */
export const CapabilityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: CapabilityFormValues) => toCapabilityArgs(data)}>
    <SimpleForm toolbar={<CapabilityEditToolbar />} warnWhenUnsavedChanges>
      <PublishedFrameworkNotice />
      <TextInput source="name" validate={validateName} />
      <TextInput source="description" multiline minRows={2} validate={validateDescription} />
      <Labeled label="Nature (set by the framework)">
        <NatureField />
      </Labeled>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
        <NumberInput
          source="weight"
          step={0.25}
          min={MIN_WEIGHT}
          max={MAX_WEIGHT}
          validate={validateWeight}
          helperText={`${MIN_WEIGHT} to ${MAX_WEIGHT}`}
          sx={{ flex: '1 1 12rem' }}
        />
        <SelectInput
          source="defaultTarget"
          label="Default target"
          choices={TARGET_CHOICES}
          validate={required()}
          helperText="The level an assessment aims for unless set otherwise"
          sx={{ flex: '1 1 12rem' }}
        />
      </Box>
      <TextArrayInput source="skills" validate={validateSkills} helperText="Skills that close a gap here: type one, then press Enter." />
      <LevelsInput />
    </SimpleForm>
    <Section title="Questions">
      <CapabilityQuestions />
    </Section>
  </Edit>
);
