import { lazyView } from '../common/lazyView';

// No list of its own: questionnaires are reached from their framework's page.
export default {
  show: lazyView(() => import('./TemplateShow'), 'TemplateShow'),
  create: lazyView(() => import('./TemplateCreate'), 'TemplateCreate'),
  edit: lazyView(() => import('./TemplateEdit'), 'TemplateEdit'),
  recordRepresentation: 'name',
};
