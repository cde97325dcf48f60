import { Box } from '@mui/material';
import { Labeled, maxValue, minValue, NumberInput, required, SelectInput, TextArrayInput, TextInput } from 'react-admin';
import { KEY_HINT, validateKey } from '../common/editor/keys';
import {
  MAX_CAPABILITY_KEY,
  MAX_WEIGHT,
  MIN_WEIGHT,
  NATURE_CHOICES,
  TARGET_CHOICES,
  validateDescription,
  validateName,
  validateSkills,
} from './capabilityFields';
import { LevelsInput } from './CapabilityLevels';
import { NatureField } from './NatureField';

const validateWeight = [required(), minValue(MIN_WEIGHT), maxValue(MAX_WEIGHT)];
const validateKeyInput = validateKey(MAX_CAPABILITY_KEY);

/**
 * The capability's inputs: wording, weight, default target, skills and the five level
 * descriptors side by side. Key and nature are chosen on create and then fixed (shown on edit).
 */
export const CapabilityInputs = ({ create = false }: { create?: boolean }) => (
  <>
    {create && <TextInput source="key" validate={validateKeyInput} helperText={KEY_HINT} />}
    <TextInput source="name" validate={validateName} />
    <TextInput source="description" multiline minRows={2} validate={validateDescription} />
    {create ? (
      <SelectInput
        source="nature"
        choices={NATURE_CHOICES}
        validate={required()}
        helperText="Judgement: calls people make · Practice: habits a team has · Capacity: enough skilled people. Fixed once created."
      />
    ) : (
      <Labeled label="Nature (set by the framework)">
        <NatureField />
      </Labeled>
    )}
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
  </>
);
