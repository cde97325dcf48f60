import { Box, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { OrchestraDataProvider } from '../providers/dataProvider';

/** A bar per stage, from the API's SQL aggregate (never from downloading the list). */
export const EngagementsByStage = () => {
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const { data, isPending, error } = useQuery({ queryKey: ['engagementStats'], queryFn: () => dataProvider.getEngagementStats() });
  const stages = data?.data.byStage ?? [];
  const max = Math.max(1, ...stages.map((s) => s.count));
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          Engagements by stage
        </Typography>
        {isPending && <CircularProgress size={24} />}
        {error && <Typography color="error">The figures could not be loaded: {error.message}</Typography>}
        <Stack gap={1} role="list" aria-label="Engagements by stage">
          {stages.map((s) => (
            <Stack key={s.stage} direction="row" alignItems="center" gap={1} role="listitem" aria-label={`${s.stage}: ${s.count}`}>
              <Typography variant="body2" sx={{ width: 96 }}>
                {s.stage.charAt(0) + s.stage.slice(1).toLowerCase()}
              </Typography>
              <Box sx={{ flex: 1, bgcolor: 'action.hover', borderRadius: 1, height: 16 }}>
                <Box sx={{ width: `${(100 * s.count) / max}%`, bgcolor: 'primary.main', borderRadius: 1, height: '100%' }} />
              </Box>
              <Typography variant="body2" sx={{ width: 24, textAlign: 'right' }}>
                {s.count}
              </Typography>
            </Stack>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
