import { Role } from '@orchestra/shared';
import { AutocompleteInput, email, FormDataConsumer, maxLength, ReferenceInput, required, TextInput } from 'react-admin';

const validateName = [required(), maxLength(200)];
const validateEmail = [required(), email(), maxLength(320)];

/** Only a CLIENT user of the contact's own client can be linked (the API checks it too). */
const LinkedUserInput = () => (
  <FormDataConsumer<{ clientId?: string }>>
    {({ formData }) =>
      formData.clientId ? (
        <ReferenceInput source="userId" reference="UserSummary" filter={{ role: Role.CLIENT, clientId: formData.clientId }} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label="Signs in as (CLIENT user)" helperText="Optional: the client user account of this person." />
        </ReferenceInput>
      ) : null
    }
  </FormDataConsumer>
);

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
    <LinkedUserInput />
  </>
);
