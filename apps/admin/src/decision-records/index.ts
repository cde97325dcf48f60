import GavelIcon from '@mui/icons-material/Gavel';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./DecisionRecordList'), 'DecisionRecordList'),
  show: lazyView(() => import('./DecisionRecordShow'), 'DecisionRecordShow'),
  create: lazyView(() => import('./DecisionRecordCreate'), 'DecisionRecordCreate'),
  edit: lazyView(() => import('./DecisionRecordEdit'), 'DecisionRecordEdit'),
  icon: GavelIcon,
  recordRepresentation: 'title',
  options: { label: 'Decisions' },
};
