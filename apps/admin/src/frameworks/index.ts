import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { frameworkRepresentation } from './frameworkFields';
import { FrameworkList } from './FrameworkList';
import { FrameworkShow } from './FrameworkShow';

// Read-only screens plus the publish / new-version actions: capabilities are edited on their own pages.
export default {
  list: FrameworkList,
  show: FrameworkShow,
  icon: AccountTreeIcon,
  recordRepresentation: frameworkRepresentation,
  // The default label would humanize the type name into "Capabilityframeworks".
  options: { label: 'Capability frameworks' },
};
