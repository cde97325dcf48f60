import { Edit, SimpleForm } from 'react-admin';
import { toContactArgs, type ContactFormValues } from './contactFields';
import { ContactInputs } from './ContactInputs';

export const ContactEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: ContactFormValues) => toContactArgs(data, false)}>
    <SimpleForm>
      <ContactInputs />
    </SimpleForm>
  </Edit>
);
