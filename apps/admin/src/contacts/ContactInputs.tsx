import { AutocompleteInput, email, maxLength, ReferenceInput, required, TextInput } from 'react-admin';

const validateName = [required(), maxLength(200)];
const validateEmail = [required(), email(), maxLength(320)];

/** The client is chosen once, on create: a contact stays with its client. */
export const ContactInputs = ({ create = false }: { create?: boolean }) => (
  <>
    {create && (
      <ReferenceInput source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Client" validate={required()} />
      </ReferenceInput>
    )}
    <TextInput source="name" validate={validateName} />
    <TextInput source="email" label="E-mail" type="email" validate={validateEmail} />
    <TextInput source="title" label="Job title" validate={maxLength(200)} />
  </>
);
