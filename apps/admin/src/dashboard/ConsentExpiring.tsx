import { Card, CardContent, CircularProgress, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { formatDate } from '../reports/format';
import { useRecruiterDashboard } from './recruiterApi';

/** Candidates whose consent ends within 30 days, soonest first: ask them to renew. */
export const ConsentExpiring = () => {
  const { data, isPending, error } = useRecruiterDashboard();
  const candidates = data?.consentExpiring ?? [];
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">Consent expiring</Typography>
        {isPending && <CircularProgress size={24} />}
        {error && <Typography color="error">The list could not be loaded: {error.message}</Typography>}
        {data && !candidates.length && (
          <Typography variant="body2" color="text.secondary">
            No consent ends in the next 30 days.
          </Typography>
        )}
        <List dense aria-label="Consent expiring">
          {candidates.map((c) => (
            <ListItemButton key={c.id} component={Link} to={`/Candidate/${c.id}/show`}>
              <ListItemText primary={c.name} secondary={`Expires ${formatDate(c.consentExpiresAt)}`} />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
