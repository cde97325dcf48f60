import { CapabilityEdit } from './CapabilityEdit';
import { CapabilityShow } from './CapabilityShow';

// No list of its own: capabilities are reached from their framework's page.
export default {
  show: CapabilityShow,
  edit: CapabilityEdit,
  recordRepresentation: 'name',
};
