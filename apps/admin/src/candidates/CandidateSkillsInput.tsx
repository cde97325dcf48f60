import { ArrayInput, AutocompleteInput, maxLength, ReferenceInput, required, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { LEVEL_CHOICES } from '../roles/roleFields';

/** The candidate's skills: a skill from the taxonomy (name or alias), a level 1–5 and what shows it. */
export const CandidateSkillsInput = () => (
  <ArrayInput source="skills" label="Skills" helperText="Level 1 (aware) to 5 (expert); the evidence says where it shows.">
    <SimpleFormIterator inline disableReordering>
      <ReferenceInput source="skillId" reference="Skill" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Skill" validate={required()} sx={{ minWidth: 220 }} />
      </ReferenceInput>
      <SelectInput source="level" label="Level" choices={LEVEL_CHOICES} defaultValue={3} validate={required()} sx={{ minWidth: 90 }} />
      <TextInput source="evidence" label="Evidence" validate={maxLength(500)} sx={{ minWidth: 280 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
