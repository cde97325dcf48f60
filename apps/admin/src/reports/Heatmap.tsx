import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { lighten } from '@mui/material/styles';
import { Fragment } from 'react';
import type { HeatmapCell, HeatmapColumn, ReportHeatmap } from './api';
import { DISAGREEMENT_FROM, level, roleSpread } from './format';
import { plural } from '../common/plural';

/** Above this share of the scale the shade is dark enough for white text (contrast ≥ 4.5:1); below it dark text reads. */
const LIGHT_TEXT_FROM = 0.85;

/** Shading from level 1 (faint) to 5 (strong): one hue, so it reads in grey on paper too. */
function useShade() {
  const theme = useTheme();
  return (value: number | null) => {
    if (value == null) return { bgcolor: 'transparent', color: theme.palette.text.disabled };
    const t = Math.min(Math.max((value - 1) / 4, 0), 1);
    return {
      bgcolor: lighten(theme.palette.primary.dark, (1 - t) * 0.88),
      color: t >= LIGHT_TEXT_FROM ? theme.palette.common.white : theme.palette.text.primary,
    };
  };
}

const Cell = ({ cell, column, capabilityName }: { cell: HeatmapCell; column: HeatmapColumn; capabilityName: string }) => {
  const shadeOf = useShade();
  const shade = shadeOf(cell.current);
  const who = column.label;
  const title =
    cell.current == null
      ? `${capabilityName}, ${who}: no valued answer`
      : `${capabilityName}, ${who}: ${level(cell.current)} from ${plural(cell.respondents, 'respondent')}`;
  return (
    <TableCell
      align="center"
      title={title}
      sx={{ bgcolor: shade.bgcolor, color: shade.color, fontVariantNumeric: 'tabular-nums', fontWeight: 600, borderLeft: 2, borderColor: 'background.paper' }}
    >
      {level(cell.current)}
    </TableCell>
  );
};

/**
 * Capabilities × respondent role, as a real table (numbers in every cell, shading only as a
 * second cue). Rows where the seats see a capability ≥ DISAGREEMENT_FROM apart are flagged: that
 * is where a review would start.
 */
export const Heatmap = ({ heatmap }: { heatmap: ReportHeatmap }) => {
  const shade = useShade();
  const { columns, rows } = heatmap;
  if (!rows.length || !columns.length) return <Typography color="text.secondary">No answers to compare by seat.</Typography>;
  const disagreements = rows.filter((r) => (roleSpread(r.cells) ?? 0) >= DISAGREEMENT_FROM).length;
  return (
    <Stack gap={1.5}>
      <Typography variant="body2" color="text.secondary">
        The mean level each seat gives a capability (1 Initial to 5 Optimising).{' '}
        {disagreements > 0
          ? `${plural(disagreements, 'capability', 'capabilities')} where seats are ${DISAGREEMENT_FROM} levels or more apart ${disagreements === 1 ? 'is' : 'are'} flagged.`
          : 'The seats broadly agree.'}
      </Typography>
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
        <Table size="small" aria-label="Capabilities by respondent role" sx={{ minWidth: 360 + columns.length * 96 }}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Capability
              </TableCell>
              {columns.map((column) => (
                <TableCell key={column.key} component="th" scope="col" align="center" sx={{ width: 96 }} title={column.seats.length > 1 ? column.seats.join(', ') : undefined}>
                  {column.label}
                  {column.identifiable && (
                    <Typography component="span" variant="caption" sx={{ display: 'block', color: 'warning.dark', fontWeight: 600 }}>
                      identifiable (n = {column.respondents})
                    </Typography>
                  )}
                </TableCell>
              ))}
              <TableCell component="th" scope="col" align="center" sx={{ width: 96 }}>
                Spread
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, i) => {
              const spread = roleSpread(row.cells);
              const disagree = spread != null && spread >= DISAGREEMENT_FROM;
              const newArea = i === 0 || rows[i - 1]!.areaName !== row.areaName;
              return (
                <Fragment key={row.capabilityId}>
                  {newArea && (
                    <TableRow>
                      <TableCell component="th" scope="colgroup" colSpan={columns.length + 2} sx={{ bgcolor: 'action.hover', fontWeight: 600, py: 0.75 }}>
                        {row.areaName}
                      </TableCell>
                    </TableRow>
                  )}
                  <TableRow data-disagreement={disagree || undefined} sx={disagree ? { outline: 2, outlineColor: 'warning.main', outlineOffset: -2 } : undefined}>
                    <TableCell component="th" scope="row">
                      <Stack direction="row" gap={0.75} sx={{ alignItems: 'center' }}>
                        {row.capabilityName}
                        {disagree && (
                          <Stack direction="row" gap={0.25} sx={{ alignItems: 'center', color: 'warning.dark' }}>
                            <WarningAmberIcon fontSize="inherit" aria-hidden />
                            <Typography variant="caption" sx={{ fontWeight: 600 }}>
                              Seats disagree
                            </Typography>
                          </Stack>
                        )}
                      </Stack>
                    </TableCell>
                    {row.cells.map((cell, c) => (
                      <Cell key={cell.column} cell={cell} column={columns[c]!} capabilityName={row.capabilityName} />
                    ))}
                    <TableCell align="center" sx={{ fontVariantNumeric: 'tabular-nums', color: disagree ? 'warning.dark' : 'text.secondary', fontWeight: disagree ? 700 : 400 }}>
                      {spread == null ? '—' : spread.toFixed(1)}
                    </TableCell>
                  </TableRow>
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <Stack direction="row" gap={0.5} sx={{ alignItems: 'center' }} aria-hidden>
        <Typography variant="caption" color="text.secondary" sx={{ mr: 0.5 }}>
          Level
        </Typography>
        {[1, 2, 3, 4, 5].map((v) => {
          const s = shade(v);
          return (
            <Box key={v} sx={{ width: 28, height: 20, display: 'grid', placeItems: 'center', bgcolor: s.bgcolor, color: s.color, fontSize: 12, fontWeight: 600, borderRadius: 0.5 }}>
              {v}
            </Box>
          );
        })}
      </Stack>
    </Stack>
  );
};
