import { lazyView } from '../common/lazyView';

// No list or show of its own: areas are shown, and reached, on their framework's page.
export default {
  create: lazyView(() => import('./AreaCreate'), 'AreaCreate'),
  edit: lazyView(() => import('./AreaEdit'), 'AreaEdit'),
  recordRepresentation: 'name',
};
