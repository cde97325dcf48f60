import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { frameworkRepresentation } from '../common/editor/frameworkRecord';
import { lazyView } from '../common/lazyView';

// Areas, capabilities, questionnaires and questions have their own create / edit pages, reached from the show page.
export default {
  list: lazyView(() => import('./FrameworkList'), 'FrameworkList'),
  show: lazyView(() => import('./FrameworkShow'), 'FrameworkShow'),
  create: lazyView(() => import('./FrameworkCreate'), 'FrameworkCreate'),
  edit: lazyView(() => import('./FrameworkEdit'), 'FrameworkEdit'),
  icon: AccountTreeIcon,
  recordRepresentation: frameworkRepresentation,
  // The default label would humanize the type name into "Capabilityframeworks".
  options: { label: 'Capability frameworks' },
};
