import { Role } from '@orchestra/shared';
import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

/** Picks an active consultant from the user directory (engagement owner, owner filter). */
export const ConsultantInput = ({ source = 'ownerId', label = 'Owner', validate }: { source?: string; label?: string; validate?: Validator }) => (
  <ReferenceInput source={source} reference="UserSummary" filter={{ role: Role.CONSULTANT, active: true }} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label={label} validate={validate} />
  </ReferenceInput>
);
