import HowToRegIcon from '@mui/icons-material/HowToReg';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./ShortlistList'), 'ShortlistList'),
  show: lazyView(() => import('./ShortlistShow'), 'ShortlistShow'),
  icon: HowToRegIcon,
  options: { label: 'Shortlists' },
  recordRepresentation: 'alias',
};
