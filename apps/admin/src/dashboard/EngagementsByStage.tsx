import { Card, CardContent, CircularProgress, Typography, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useQuery } from '@tanstack/react-query';
import { useCreatePath, useDataProvider, useNavigate } from 'react-admin';
import { STAGE_CHOICES } from '../engagements/engagementChoices';
import type { OrchestraDataProvider } from '../providers/dataProvider';

const BAR_HEIGHT = 32;

/**
 * A bar per stage, in lifecycle order, from the API's SQL aggregate (never from downloading the
 * list). A bar (click, or Enter on the focused bar) opens the engagement list filtered on its stage.
 */
export const EngagementsByStage = () => {
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const theme = useTheme();
  const { data, isPending, error } = useQuery({ queryKey: ['engagementStats'], queryFn: () => dataProvider.getEngagementStats() });
  const counts = new Map(data?.data.byStage.map((s) => [s.stage, s.count]));
  const rows = STAGE_CHOICES.map(({ id, name }) => ({ stage: id, label: name, count: counts.get(id) ?? 0 }));
  const openStage = (stage: string) =>
    navigate(`${createPath({ resource: 'Engagement', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ stage }))}`);
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          Engagements by stage
        </Typography>
        {isPending && <CircularProgress size={24} />}
        {error && <Typography color="error">The figures could not be loaded: {error.message}</Typography>}
        {data && (
          <BarChart
            title="Engagements by stage"
            desc={rows.map((r) => `${r.label}: ${r.count}`).join(', ')}
            layout="horizontal"
            height={rows.length * BAR_HEIGHT}
            margin={{ top: 0, bottom: 0, right: 32 }}
            dataset={rows}
            yAxis={[{ scaleType: 'band', dataKey: 'label', width: 88 }]}
            // Each bar carries its count, so the value axis would only repeat it. The headroom keeps
            // the longest bar's count (drawn outside the bar) inside the plot, which clips the rest.
            xAxis={[{ position: 'none', max: Math.max(1, ...rows.map((r) => r.count)) * 1.2 }]}
            series={[
              {
                dataKey: 'count',
                label: 'Engagements',
                color: theme.palette.primary.main,
                // 'value' hides zeros; every stage shows its count here.
                barLabel: (item) => String(item.value ?? 0),
                barLabelPlacement: 'outside',
              },
            ]}
            hideLegend
            // Enter or Space on the keyboard-focused bar fires onItemClick too (planned default for the next major).
            experimentalFeatures={{ keyboardActivation: true }}
            onItemClick={(_event, { dataIndex }) => openStage(rows[dataIndex]!.stage)}
          />
        )}
      </CardContent>
    </Card>
  );
};
