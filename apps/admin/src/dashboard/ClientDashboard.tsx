import { Button, Card, CardContent, Chip, CircularProgress, Grid, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { enumLabel, formatDay } from '@orchestra/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-admin';
import { formatDate } from '../reports/format';
import { useClientDashboard } from './clientApi';

/** A client widget: its title, then loading, error, empty or its list. */
const Widget = ({ title, label, empty, count, children }: { title: string; label: string; empty: string; count: number | undefined; children: ReactNode }) => {
  const { isPending, error } = useClientDashboard();
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {isPending && <CircularProgress size={24} aria-label={`Loading ${title.toLowerCase()}`} />}
        {error && <Typography color="error">Could not load {title.toLowerCase()}: {error.message}</Typography>}
        {!isPending && !error && count === 0 && <Typography color="text.secondary">{empty}</Typography>}
        {!!count && <List aria-label={label}>{children}</List>}
      </CardContent>
    </Card>
  );
};

/** Reports the consultancy published to the client, newest first, each opening the report. */
export const ReportsReady = () => {
  const { data } = useClientDashboard();
  return (
    <Widget title="Reports ready" label="Reports ready" empty="No report is published yet. When one is, it appears here and you are told by e-mail." count={data?.reports.length}>
      {data?.reports.map((r) => (
        <ListItem
          key={r.assessmentId}
          divider
          secondaryAction={
            <Button component={Link} to={`/reports/${r.assessmentId}`} aria-label={`Read the report “${r.title}”`}>
              Read
            </Button>
          }
        >
          <ListItemText primary={r.title} secondary={`${r.engagementTitle} · published ${formatDate(r.publishedAt)}`} />
        </ListItem>
      ))}
    </Widget>
  );
};

/** The reader's own invitations: each assessment's status, theirs, the due date, and why a closed one closed. */
export const MyAssessmentsWidget = () => {
  const { data } = useClientDashboard();
  return (
    <Widget title="Your assessments" label="Your assessments" empty="You are not invited to any assessment yet." count={data?.invitations.length}>
      {data?.invitations.map((i) => (
        <ListItem key={i.id} divider>
          <ListItemText
            primary={
              <Stack direction="row" gap={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                {i.assessmentTitle}
                <Chip size="small" label={`Assessment ${enumLabel('AssessmentStatus', i.assessmentStatus).toLowerCase()}`} />
                <Chip size="small" variant="outlined" label={`You: ${enumLabel('InvitationStatus', i.status).toLowerCase()}`} />
              </Stack>
            }
            secondary={i.closedNote ?? `${i.engagementTitle} · due ${formatDay(i.dueDate)}`}
          />
        </ListItem>
      ))}
      <ListItem>
        <Button component={Link} to="/my-assessments">
          Open my assessments
        </Button>
      </ListItem>
    </Widget>
  );
};

/** The client's engagements with the consultancy and where each stands. */
export const ClientEngagements = () => {
  const { data } = useClientDashboard();
  const dates = (e: { startDate?: string | null; endDate?: string | null }) =>
    e.startDate ? `${formatDay(e.startDate)}${e.endDate ? ` – ${formatDay(e.endDate)}` : ''}` : 'Dates not set yet';
  return (
    <Widget title="Your engagements" label="Your engagements" empty="No engagement yet." count={data?.engagements.length}>
      {data?.engagements.map((e) => (
        <ListItem key={e.id} divider>
          <ListItemText
            primary={
              <Stack direction="row" gap={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                {e.title}
                <Chip size="small" color="primary" variant="outlined" label={enumLabel('EngagementStage', e.stage)} />
              </Stack>
            }
            secondary={dates(e)}
          />
        </ListItem>
      ))}
    </Widget>
  );
};

/** The CLIENT user's dashboard: what matters to them, never the consultancy's pipeline. One query for all three widgets. */
export const ClientDashboard = () => (
  <>
    <Grid size={{ xs: 12, md: 6 }}>
      <ReportsReady />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <MyAssessmentsWidget />
    </Grid>
    <Grid size={12}>
      <ClientEngagements />
    </Grid>
  </>
);
