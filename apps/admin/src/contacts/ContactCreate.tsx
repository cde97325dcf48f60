import { Create, SimpleForm } from 'react-admin';
import { toContactArgs, type ContactFormValues } from './contactFields';
import { ContactInputs } from './ContactInputs';

export const ContactCreate = () => (
  <Create redirect="list" transform={(data: ContactFormValues) => toContactArgs(data, true)}>
    <SimpleForm>
      <ContactInputs create />
    </SimpleForm>
  </Create>
);
