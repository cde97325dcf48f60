import { TextInput } from 'react-admin';
import { validateFrameworkDescription, validateFrameworkName } from './frameworkFields';

/** Name and description, the two things a framework's editor changes. */
export const FrameworkInputs = () => (
  <>
    <TextInput source="name" validate={validateFrameworkName} helperText="Versions share the name: a new framework needs a name of its own." />
    <TextInput source="description" multiline minRows={3} validate={validateFrameworkDescription} helperText="What the framework measures, and for whom." />
  </>
);
