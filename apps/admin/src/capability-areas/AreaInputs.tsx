import { TextInput } from 'react-admin';
import { validateAreaDescription, validateAreaName } from './areaFields';

/** Name and what the area covers, shared by create and edit. */
export const AreaInputs = () => (
  <>
    <TextInput source="name" validate={validateAreaName} />
    <TextInput source="description" multiline minRows={2} validate={validateAreaDescription} helperText="What the area covers, shown under its name." />
  </>
);
