import { QuestionCreate } from './QuestionCreate';
import { QuestionEdit } from './QuestionEdit';

// No list or show of its own: questions are listed on their questionnaire's page (and a capability's).
export default {
  create: QuestionCreate,
  edit: QuestionEdit,
  recordRepresentation: 'key',
};
