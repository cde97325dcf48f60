import ContactsIcon from '@mui/icons-material/Contacts';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';

export default {
  list: ContactList,
  create: ContactCreate,
  edit: ContactEdit,
  icon: ContactsIcon,
  recordRepresentation: 'name',
};
