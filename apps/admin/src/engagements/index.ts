import WorkIcon from '@mui/icons-material/Work';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./EngagementList'), 'EngagementList'),
  show: lazyView(() => import('./EngagementShow'), 'EngagementShow'),
  create: lazyView(() => import('./EngagementCreate'), 'EngagementCreate'),
  edit: lazyView(() => import('./EngagementEdit'), 'EngagementEdit'),
  icon: WorkIcon,
  recordRepresentation: 'title',
};
