import { SimpleForm } from 'react-admin';
import { toContactArgs, type ContactFormValues } from './contactFields';
import { ContactInputs } from './ContactInputs';
import { RecordEdit } from '../common/RecordPage';

export const ContactEdit = () => (
  <RecordEdit mutationMode="pessimistic" redirect="show" transform={(data: ContactFormValues) => toContactArgs(data, false)}>
    <SimpleForm>
      <ContactInputs />
    </SimpleForm>
  </RecordEdit>
);
