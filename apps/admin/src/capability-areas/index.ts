import { AreaCreate } from './AreaCreate';
import { AreaEdit } from './AreaEdit';

// No list or show of its own: areas are shown, and reached, on their framework's page.
export default {
  create: AreaCreate,
  edit: AreaEdit,
  recordRepresentation: 'name',
};
