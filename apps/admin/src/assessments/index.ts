import AssignmentIcon from '@mui/icons-material/Assignment';
import { AssessmentCreate } from './AssessmentCreate';
import { AssessmentEdit } from './AssessmentEdit';
import { AssessmentList } from './AssessmentList';
import { AssessmentShow } from './AssessmentShow';

export default {
  list: AssessmentList,
  show: AssessmentShow,
  create: AssessmentCreate,
  edit: AssessmentEdit,
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
