import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./AssessmentList'), 'AssessmentList'),
  show: lazyView(() => import('./AssessmentShow'), 'AssessmentShow'),
  create: lazyView(() => import('./AssessmentCreate'), 'AssessmentCreate'),
  edit: lazyView(() => import('./AssessmentEdit'), 'AssessmentEdit'),
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
