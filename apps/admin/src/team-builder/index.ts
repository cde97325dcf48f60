export { TeamBuilderPage, TeamBuilderRoute } from './TeamBuilderPage';
