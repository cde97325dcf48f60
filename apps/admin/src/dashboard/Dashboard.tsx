import { Card, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { hasPermission, isRole, Permission, Role } from '@orchestra/shared';
import { Title, useCanAccess, useGetIdentity } from 'react-admin';
import { ClientDashboard } from './ClientDashboard';
import { ConsentExpiring } from './ConsentExpiring';
import { DecisionsDue } from './DecisionsDue';
import { EngagementsByStage } from './EngagementsByStage';
import { MyOpenEngagements } from './MyOpenEngagements';
import { MyPipeline } from './MyPipeline';
import { OpenRolesByAge } from './OpenRolesByAge';
import { PlacementsThisMonth } from './PlacementsThisMonth';

/** Small widgets, each with its own query, shown to the roles that may read their data. */
/** One dashboard card: full width on a phone, half from md up. */
const Half = ({ children }: { children: ReactNode }) => <Grid size={{ xs: 12, md: 6 }}>{children}</Grid>;

export const Dashboard = () => {
  const { identity } = useGetIdentity();
  const { canAccess: canReadEngagements } = useCanAccess({ resource: 'Engagement', action: 'list' });
  const { canAccess: canManageEngagements } = useCanAccess({ resource: 'Engagement', action: 'edit' });
  const { canAccess: canReadDecisions } = useCanAccess({ resource: 'DecisionRecord', action: 'list' });
  const name = identity?.fullName;
  const role = identity?.['role'];
  // Those who run the pipeline or read the pool see the recruiter widgets (one recruiterDashboard query).
  const recruiting = isRole(role) && (hasPermission(role, Permission.MATCH_MANAGE) || hasPermission(role, Permission.CANDIDATE_READ));
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Title title="Orchestra" />
      <Grid size={12}>
        <Card>
          <CardContent>
            <Typography variant="h5" component="h2" gutterBottom>
              {name ? `Welcome, ${name}` : 'Welcome'}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Orchestra brings together capability assessments, gaps, recommendations and talent matching.
            </Typography>
          </CardContent>
        </Card>
      </Grid>
      {/* A client's people see their reports, assessments and engagements, not the consultancy's funnel. */}
      {role === Role.CLIENT && <ClientDashboard />}
      {canReadEngagements && role !== Role.CLIENT && (
        <Half><EngagementsByStage /></Half>
      )}
      {canManageEngagements && (
        <Half><MyOpenEngagements /></Half>
      )}
      {canReadDecisions && (
        <Half><DecisionsDue /></Half>
      )}
      {recruiting && (
        <>
          <Half><OpenRolesByAge /></Half>
          <Half><ConsentExpiring /></Half>
          <Half><PlacementsThisMonth /></Half>
        </>
      )}
      {isRole(role) && hasPermission(role, Permission.MATCH_MANAGE) && (
        <Half><MyPipeline /></Half>
      )}
    </Grid>
  );
};
