import { Role } from '@orchestra/shared';
import {
  AutocompleteInput,
  BooleanInput,
  email,
  FormDataConsumer,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { ROLE_CHOICES, type UserFormValues } from './roles';

const validateEmail = [required(), email(), maxLength(320)];
const validateName = [required(), maxLength(200)];

/** The inputs shared by UserCreate and UserEdit (`active` only exists once the user does). */
export const UserInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <TextInput source="email" label="E-mail" type="email" autoComplete="off" validate={validateEmail} />
    <TextInput source="name" validate={validateName} />
    <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
    <FormDataConsumer<UserFormValues>>
      {({ formData }) =>
        formData.role === Role.CLIENT ? (
          <ReferenceInput source="clientId" reference="Client" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput label="Client" validate={required()} helperText="A CLIENT user sees only this client's data." />
          </ReferenceInput>
        ) : null
      }
    </FormDataConsumer>
    {edit && <BooleanInput source="active" helperText="Inactive users cannot sign in." />}
  </>
);
