import { ArrayInput, AutocompleteInput, BooleanInput, minValue, NumberInput, ReferenceInput, required, SelectInput, SimpleFormIterator } from 'react-admin';
import { LEVEL_CHOICES } from './roleFields';

/**
 * The role's required skills: each a skill from the taxonomy (searched by name or alias), the
 * minimum level 1–5, must-have (a hard constraint) or nice-to-have, and a weight in the score.
 */
export const RequiredSkillsInput = () => (
  <ArrayInput source="requiredSkills" label="Required skills" helperText="Must-have skills exclude candidates below the level; the others only weigh in the score.">
    <SimpleFormIterator inline disableReordering>
      <ReferenceInput source="skillId" reference="Skill" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Skill" validate={required()} sx={{ minWidth: 220 }} />
      </ReferenceInput>
      <SelectInput source="minLevel" label="Min level" choices={LEVEL_CHOICES} defaultValue={3} validate={required()} sx={{ minWidth: 100 }} />
      <BooleanInput source="mustHave" label="Must-have" defaultValue={false} />
      <NumberInput source="weight" label="Weight" defaultValue={1} step={1} min={1} validate={[required(), minValue(1)]} sx={{ maxWidth: 100 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
