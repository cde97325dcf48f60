import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { FrameworkCreate } from './FrameworkCreate';
import { FrameworkEdit } from './FrameworkEdit';
import { frameworkRepresentation } from '../common/editor/frameworkRecord';
import { FrameworkList } from './FrameworkList';
import { FrameworkShow } from './FrameworkShow';

// Areas, capabilities, questionnaires and questions have their own create / edit pages, reached from the show page.
export default {
  list: FrameworkList,
  show: FrameworkShow,
  create: FrameworkCreate,
  edit: FrameworkEdit,
  icon: AccountTreeIcon,
  recordRepresentation: frameworkRepresentation,
  // The default label would humanize the type name into "Capabilityframeworks".
  options: { label: 'Capability frameworks' },
};
