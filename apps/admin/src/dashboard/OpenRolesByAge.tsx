import { Box, Button, Card, CardActions, CardContent, CircularProgress, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { useRecruiterDashboard } from './recruiterApi';

const OPEN_ROLES = `/Role?filter=${encodeURIComponent(JSON.stringify({ status: 'OPEN' }))}`;

/** Open roles by how long they have waited, as the API buckets them. */
export const OpenRolesByAge = () => {
  const { data, isPending, error } = useRecruiterDashboard();
  const buckets = data?.openRolesByAge ?? [];
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          Open roles by age{data ? ` (${total})` : ''}
        </Typography>
        {isPending && <CircularProgress size={24} />}
        {error && <Typography color="error">The figures could not be loaded: {error.message}</Typography>}
        <Box component="dl" aria-label="Open roles by age" sx={{ m: 0, display: 'grid', gridTemplateColumns: '96px 1fr 40px', gap: 1, alignItems: 'center' }}>
          {buckets.map((b) => (
            <Box key={b.label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2">
                {b.label}
              </Typography>
              <Box aria-hidden sx={{ height: 14, bgcolor: 'primary.main', borderRadius: 0.5 }} style={{ width: `${(b.count / max) * 100}%`, minWidth: b.count ? 4 : 0 }} />
              <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                {b.count}
              </Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
      <CardActions>
        <Button size="small" component={Link} to={OPEN_ROLES}>
          Open roles
        </Button>
      </CardActions>
    </Card>
  );
};
