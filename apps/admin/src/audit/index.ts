import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./AuditEventList'), 'AuditEventList'),
  icon: HistoryIcon,
  options: { label: 'Audit trail' },
};
