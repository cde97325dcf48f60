import WorkIcon from '@mui/icons-material/Work';
import { EngagementCreate } from './EngagementCreate';
import { EngagementEdit } from './EngagementEdit';
import { EngagementList } from './EngagementList';
import { EngagementShow } from './EngagementShow';

export default {
  list: EngagementList,
  show: EngagementShow,
  create: EngagementCreate,
  edit: EngagementEdit,
  icon: WorkIcon,
  recordRepresentation: 'title',
};
