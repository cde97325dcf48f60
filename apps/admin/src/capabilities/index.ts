import { lazyView } from '../common/lazyView';

// No list of its own: capabilities are reached from their framework's page (and added to an area there).
export default {
  show: lazyView(() => import('./CapabilityShow'), 'CapabilityShow'),
  create: lazyView(() => import('./CapabilityCreate'), 'CapabilityCreate'),
  edit: lazyView(() => import('./CapabilityEdit'), 'CapabilityEdit'),
  recordRepresentation: 'name',
};
