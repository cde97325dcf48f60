import GavelIcon from '@mui/icons-material/Gavel';
import { DecisionRecordCreate } from './DecisionRecordCreate';
import { DecisionRecordEdit } from './DecisionRecordEdit';
import { DecisionRecordList } from './DecisionRecordList';
import { DecisionRecordShow } from './DecisionRecordShow';

export default {
  list: DecisionRecordList,
  show: DecisionRecordShow,
  create: DecisionRecordCreate,
  edit: DecisionRecordEdit,
  icon: GavelIcon,
  recordRepresentation: 'title',
  options: { label: 'Decisions' },
};
