import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { SetPasswordPage } from './auth/SetPasswordPage';
import questions from './questions';
import { QueuesPage } from './queues';
import { ClientReportPage } from './reports';
import { RespondPage } from './respond/RespondPage';
import assessmentTemplates from './assessment-templates';
import assessments from './assessments';
import capabilities from './capabilities';
import capabilityAreas from './capability-areas';
import candidates, { CandidateImport, CandidateMergePage } from './candidates';
import clients from './clients';
import contacts from './contacts';
import decisionRecords from './decision-records';
import engagements from './engagements';
import frameworks from './frameworks';
import { EngagementBoard } from './engagements/EngagementBoard';
import { Dashboard } from './dashboard/Dashboard';
import { Layout } from './layout/Layout';
import { MyAssessments } from './my-assessments/MyAssessments';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import roles from './roles';
import userSummaries from './user-summaries';
import users from './users';

// The data provider is ready at once (ra-data-graphql-simple v5 builds it synchronously from the
// API's committed schema), so no bootstrap state is needed here.
export const App = () => (
  <Admin
    requireAuth
    disableTelemetry
    title="Orchestra"
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
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
    <Resource name="Skill" recordRepresentation="name" />
    <CustomRoutes>
      <Route path="/Engagement/board" element={<EngagementBoard />} />
      <Route path="/my-assessments" element={<MyAssessments />} />
      <Route path="/reports/:assessmentId" element={<ClientReportPage />} />
      <Route path="/queues" element={<QueuesPage />} />
      <Route path="/Candidate/import" element={<CandidateImport />} />
      <Route path="/Candidate/:id/merge/:otherId" element={<CandidateMergePage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      {/* Opened from the e-mailed link (/#/set-password?token=…) without signing in. */}
      <Route path="/set-password" element={<SetPasswordPage />} />
      {/* The invitation link (/#/respond/<token>): answering needs no account. */}
      <Route path="/respond/:token" element={<RespondPage />} />
    </CustomRoutes>
  </Admin>
);
