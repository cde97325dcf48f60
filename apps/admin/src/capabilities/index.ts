import { CapabilityCreate } from './CapabilityCreate';
import { CapabilityEdit } from './CapabilityEdit';
import { CapabilityShow } from './CapabilityShow';

// No list of its own: capabilities are reached from their framework's page (and added to an area there).
export default {
  show: CapabilityShow,
  create: CapabilityCreate,
  edit: CapabilityEdit,
  recordRepresentation: 'name',
};
