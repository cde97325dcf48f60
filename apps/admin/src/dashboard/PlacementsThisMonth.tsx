import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useRecruiterDashboard } from './recruiterApi';

const Figure = ({ label, value, detail }: { label: string; value: number; detail: string }) => (
  <Box sx={{ flex: 1 }}>
    <Typography component="dt" variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="h4" sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
      {value}
    </Typography>
    <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>
      {detail}
    </Typography>
  </Box>
);

/** Placements made this month, and candidates whose retention ends within 30 days. */
export const PlacementsThisMonth = () => {
  const { data, isPending, error } = useRecruiterDashboard();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          Placements and retention
        </Typography>
        {isPending && <CircularProgress size={24} />}
        {error && <Typography color="error">The figures could not be loaded: {error.message}</Typography>}
        {data && (
          <Box component="dl" sx={{ m: 0, display: 'flex', gap: 2 }}>
            <Figure label="Placements this month" value={data.placementsThisMonth} detail="matches moved to placed" />
            <Figure label="Due for erasure" value={data.dueForErasure} detail="retention ends within 30 days" />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
