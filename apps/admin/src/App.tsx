import { Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router';
import assessmentTemplates from './assessment-templates';
import assessments from './assessments';
import audit from './audit';
import { LoginPage } from './auth/LoginPage';
import capabilities from './capabilities';
import capabilityAreas from './capability-areas';
import candidates from './candidates';
import clients from './clients';
import { lazyView } from './common/lazyView';
import contacts from './contacts';
import decisionRecords from './decision-records';
import engagements from './engagements';
import frameworks from './frameworks';
import { Layout } from './layout/Layout';
import { authProvider } from './providers/authProvider';
import { dataProvider, preloadDataProvider } from './providers/dataProvider';
import questions from './questions';
import roles from './roles';
import shortlists from './shortlists';
import staffingPlans from './staffing-plans';
import userSummaries from './user-summaries';
import users from './users';

// Only the sign-in page loads with the app: every screen below comes with its first visit (the
// resources' views are lazy in their index files), charts and the GraphQL stack with the screens
// that use them.
const loadDashboard = () => import('./dashboard/Dashboard');
const Dashboard = lazyView(loadDashboard, 'Dashboard');
const EngagementBoard = lazyView(() => import('./engagements/EngagementBoard'), 'EngagementBoard');
const MyAssessments = lazyView(() => import('./my-assessments/MyAssessments'), 'MyAssessments');
const ClientReportPage = lazyView(() => import('./reports/ReportPage'), 'ClientReportPage');
const QueuesPage = lazyView(() => import('./queues'), 'QueuesPage');
const CandidateImport = lazyView(() => import('./candidates/CandidateImport'), 'CandidateImport');
const CandidateMergePage = lazyView(() => import('./candidates/CandidateMerge'), 'CandidateMergePage');
const SetPasswordPage = lazyView(() => import('./auth/SetPasswordPage'), 'SetPasswordPage');
const ForgotPasswordPage = lazyView(() => import('./auth/ForgotPasswordPage'), 'ForgotPasswordPage');
const RespondPage = lazyView(() => import('./respond/RespondPage'), 'RespondPage');
const TeamBuilderRoute = lazyView(() => import('./team-builder'), 'TeamBuilderRoute');

/** While the sign-in page waits for a password, fetch what signing in leads to (dashboard, data provider). */
const preloadSignedIn = () => void Promise.all([loadDashboard(), preloadDataProvider()]).catch(() => undefined);
const SignIn = () => <LoginPage preload={preloadSignedIn} />;

/** The pages outside the layout have no Suspense boundary of react-admin's around them. */
const Standalone = ({ children }: { children: React.ReactNode }) => <Suspense fallback={<Loading />}>{children}</Suspense>;

// The data provider is ready at once (ra-data-graphql-simple v5 builds it synchronously from the
// API's committed schema), so no bootstrap state is needed here.
export const App = () => (
  <Admin
    requireAuth
    disableTelemetry
    title="Orchestra"
    dashboard={Dashboard}
    layout={Layout}
    loginPage={SignIn}
    authProvider={authProvider}
    dataProvider={dataProvider}
  >
    <Resource name="User" {...users} />
    <Resource name="UserSummary" {...userSummaries} />
    <Resource name="Client" {...clients} />
    <Resource name="Contact" {...contacts} />
    <Resource name="Engagement" {...engagements} />
    <Resource name="DecisionRecord" {...decisionRecords} />
    <Resource name="Assessment" {...assessments} />
    <Resource name="Invitation" recordRepresentation="email" />
    <Resource name="AssessmentTemplate" {...assessmentTemplates} />
    <Resource name="CapabilityFramework" {...frameworks} />
    <Resource name="CapabilityArea" {...capabilityAreas} />
    <Resource name="Capability" {...capabilities} />
    <Resource name="Question" {...questions} />
    <Resource name="Role" {...roles} />
    <Resource name="Candidate" {...candidates} />
    <Resource name="Match" />
    <Resource name="Placement" />
    <Resource name="StaffingPlan" {...staffingPlans} />
    <Resource name="ShortlistProfile" {...shortlists} />
    <Resource name="Skill" recordRepresentation="name" />
    <Resource name="AuditEvent" {...audit} />
    <CustomRoutes>
      <Route path="/Engagement/board" element={<EngagementBoard />} />
      <Route path="/my-assessments" element={<MyAssessments />} />
      <Route path="/reports/:assessmentId" element={<ClientReportPage />} />
      <Route path="/queues" element={<QueuesPage />} />
      <Route path="/Candidate/import" element={<CandidateImport />} />
      <Route path="/Candidate/:id/merge/:otherId" element={<CandidateMergePage />} />
      <Route path="/team-builder/:recommendationId" element={<TeamBuilderRoute />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      {/* Opened from the e-mailed link (/#/set-password?token=…) without signing in. */}
      <Route path="/set-password" element={<Standalone><SetPasswordPage /></Standalone>} />
      {/* "Forgot password?" on the sign-in page. */}
      <Route path="/forgot-password" element={<Standalone><ForgotPasswordPage /></Standalone>} />
      {/* The invitation link (/#/respond/<token>): answering needs no account. */}
      <Route path="/respond/:token" element={<Standalone><RespondPage /></Standalone>} />
    </CustomRoutes>
  </Admin>
);
