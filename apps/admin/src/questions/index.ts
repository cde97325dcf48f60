import { lazyView } from '../common/lazyView';

// No list or show of its own: questions are listed on their questionnaire's page (and a capability's).
export default {
  create: lazyView(() => import('./QuestionCreate'), 'QuestionCreate'),
  edit: lazyView(() => import('./QuestionEdit'), 'QuestionEdit'),
  recordRepresentation: 'key',
};
