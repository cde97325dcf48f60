import { TemplateCreate } from './TemplateCreate';
import { TemplateEdit } from './TemplateEdit';
import { TemplateShow } from './TemplateShow';

// No list of its own: questionnaires are reached from their framework's page.
export default {
  show: TemplateShow,
  create: TemplateCreate,
  edit: TemplateEdit,
  recordRepresentation: 'name',
};
