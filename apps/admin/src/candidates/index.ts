import PeopleAltIcon from '@mui/icons-material/PeopleAlt';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./CandidateList'), 'CandidateList'),
  show: lazyView(() => import('./CandidateShow'), 'CandidateShow'),
  create: lazyView(() => import('./CandidateCreate'), 'CandidateCreate'),
  edit: lazyView(() => import('./CandidateEdit'), 'CandidateEdit'),
  icon: PeopleAltIcon,
  recordRepresentation: 'name',
};
