import ContactsIcon from '@mui/icons-material/Contacts';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

export default {
  list: ContactList,
  show: ContactShow,
  create: ContactCreate,
  edit: ContactEdit,
  icon: ContactsIcon,
  recordRepresentation: 'name',
};
