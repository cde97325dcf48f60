import { maxLength, required, TextInput } from 'react-admin';

const validateName = [required(), maxLength(200)];

export const ClientInputs = () => <TextInput source="name" validate={validateName} />;
