import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { RadarChart } from '@mui/x-charts/RadarChart';
import type { ReportArea } from './api';
import { level } from './format';

const HEIGHT = 340;

/**
 * Current vs target per area: a radar when there are corners enough to draw one (three areas or
 * more), grouped bars otherwise. The same figures sit in a small table beside it, for screen
 * readers and for print.
 */
export const AreaChart = ({ areas }: { areas: ReportArea[] }) => {
  const theme = useTheme();
  if (!areas.length) return <Typography color="text.secondary">No area was scored.</Typography>;
  const names = areas.map((a) => a.name);
  const current = areas.map((a) => a.current ?? 0);
  const target = areas.map((a) => a.target ?? 0);
  const desc = areas.map((a) => `${a.name}: current ${level(a.current)}, target ${level(a.target)}`).join('; ');
  const colours = { current: theme.palette.primary.main, target: theme.palette.warning.main };

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} gap={3} sx={{ alignItems: { md: 'center' } }}>
      <Box sx={{ flex: 1.4, minWidth: 0, height: HEIGHT }} className="report-chart">
        {areas.length >= 3 ? (
          <RadarChart
            height={HEIGHT}
            title="Current vs target by area"
            desc={desc}
            radar={{ metrics: names.map((name) => ({ name, min: 0, max: 5 })), labelGap: 12 }}
            divisions={5}
            series={[
              { id: 'target', label: 'Target', data: target, color: colours.target, hideMark: false },
              { id: 'current', label: 'Current', data: current, color: colours.current, fillArea: true },
            ]}
          />
        ) : (
          <BarChart
            height={HEIGHT}
            title="Current vs target by area"
            desc={desc}
            xAxis={[{ scaleType: 'band', data: names }]}
            yAxis={[{ min: 0, max: 5, tickNumber: 5 }]}
            series={[
              { id: 'current', label: 'Current', data: current, color: colours.current },
              { id: 'target', label: 'Target', data: target, color: colours.target },
            ]}
          />
        )}
      </Box>
      <Table size="small" aria-label="Current and target by area" sx={{ flex: 1, minWidth: 260, maxWidth: { md: 380 } }}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Area
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Current
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Target
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {areas.map((a) => (
            <TableRow key={a.areaId}>
              <TableCell component="th" scope="row">
                {a.name}
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {level(a.current)}
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {level(a.target)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};
