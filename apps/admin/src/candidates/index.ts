import PeopleAltIcon from '@mui/icons-material/PeopleAlt';
import { CandidateCreate } from './CandidateCreate';
import { CandidateEdit } from './CandidateEdit';
import { CandidateList } from './CandidateList';
import { CandidateShow } from './CandidateShow';

export { CandidateImport } from './CandidateImport';
export { CandidateMergePage } from './CandidateMerge';

export default {
  list: CandidateList,
  show: CandidateShow,
  create: CandidateCreate,
  edit: CandidateEdit,
  icon: PeopleAltIcon,
  recordRepresentation: 'name',
};
