import { Box, Stack, Tooltip, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField, TextField, useGetList, useRecordContext } from 'react-admin';
import { addDays, daysBetween, formatDay, freeAllocationSegments, today } from '@orchestra/shared';
import { graphql } from '../gql';
import type { PlacementRecordFragment } from '../gql/graphql';
import type { CandidateRecord } from './candidateFields';

export const PlacementRecordFields = graphql(`
  fragment PlacementRecord on Placement {
    id
    matchId
    roleId
    candidateId
    startDate
    endDate
    rateMinor
    currency
    allocation
    createdAt
  }
`);

export type PlacementRecord = PlacementRecordFragment;

/** How far past the last date an open-ended placement is drawn, and the least the timeline shows. */
const HORIZON_DAYS = 180;

/** The first day of each month after `first` up to `last` (the axis ticks). */
function monthStarts(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    const day = `${y}-${String(m).padStart(2, '0')}-01`;
    if (day > last) return out;
    out.push(day);
  }
}

/** Free allocation as a colour: the more free, the greener. */
const freeColour = (free: number, allocation: number) => (free <= 0 ? 'grey.300' : free >= allocation ? 'success.main' : 'success.light');

/**
 * When the candidate is free, over the next months: a date axis (month starts, today), the free
 * allocation net of placements as one band (`freeAllocationSegments`: 0 before "available
 * from", the candidate's allocation minus every placement covering the day), and each placement
 * as a bar from its start to its end (open-ended ones run to the edge).
 */
export const AvailabilityTimeline = ({ placements }: { placements: readonly PlacementRecord[] }) => {
  const candidate = useRecordContext<CandidateRecord>();
  if (!candidate) return null;
  const now = today();
  const starts = [now, candidate.availableFrom, ...placements.map((p) => p.startDate)].filter(Boolean);
  const ends = [addDays(now, HORIZON_DAYS), ...placements.map((p) => p.endDate ?? p.startDate)].filter((d): d is string => !!d);
  const first = starts.reduce((a, b) => (a < b ? a : b));
  /** Days drawn: from the first date to the last (at least 30), plus a fortnight of margin. */
  const total = Math.max(daysBetween(first, ends.reduce((a, b) => (a > b ? a : b))), 30) + 14;
  const lastDay = addDays(first, total - 1);
  const offset = (day: string) => daysBetween(first, day);
  const at = (day: string) => `${(offset(day) / total) * 100}%`;
  const span = (start: string, end: string | null | undefined) => `${(((end ? offset(end) + 1 : total) - offset(start)) / total) * 100}%`;
  const segments = freeAllocationSegments(candidate.allocation, candidate.availableFrom, placements, first);
  const nowSegment = segments.find((s) => s.from <= now && (s.to === null || s.to >= now));
  const ticks = monthStarts(first, lastDay);
  const barsTop = 34;

  return (
    <Box>
      <Box sx={{ position: 'relative', height: barsTop + placements.length * 26 + 4, mt: 2, borderBottom: 1, borderColor: 'divider' }} aria-hidden>
        {/* Positions vary per candidate: inline styles, rather than a generated class for each. */}
        {segments.map((s) => (
          <Tooltip key={s.from} title={`${s.free}% free from ${formatDay(s.from)}${s.to ? ` to ${formatDay(s.to)}` : ''}`}>
            <Box
              data-free={s.free}
              sx={{ position: 'absolute', top: 0, height: 24, bgcolor: freeColour(s.free, candidate.allocation), borderRadius: 0.5, color: 'common.white', overflow: 'hidden' }}
              style={{ left: at(s.from), width: span(s.from, s.to), opacity: s.free > 0 ? 0.35 + (0.65 * s.free) / Math.max(candidate.allocation, 1) : 1 }}
            >
              <Typography variant="caption" sx={{ px: 0.5, lineHeight: '24px', color: s.free > 0 ? 'common.white' : 'text.secondary', whiteSpace: 'nowrap' }}>
                {s.free}%
              </Typography>
            </Box>
          </Tooltip>
        ))}
        <Tooltip title={`Today, ${formatDay(now)}`}>
          <Box sx={{ position: 'absolute', top: 0, bottom: 0, width: 0, borderLeft: '2px dashed', borderColor: 'text.secondary' }} style={{ left: at(now) }} />
        </Tooltip>
        {placements.map((p, i) => (
          <Tooltip key={p.id} title={`Placed ${formatDay(p.startDate)} – ${p.endDate ? formatDay(p.endDate) : 'open-ended'}, ${p.allocation}%`}>
            <Box
              sx={{ position: 'absolute', height: 20, bgcolor: 'primary.main', borderRadius: 0.5 }}
              style={{ top: barsTop + i * 26, left: at(p.startDate), width: span(p.startDate, p.endDate), opacity: 0.4 + p.allocation / 200 }}
            />
          </Tooltip>
        ))}
      </Box>
      {/* The date axis: a tick and the date at each month start. */}
      <Box sx={{ position: 'relative', height: 36, mb: 1 }} aria-label="Date axis" role="img">
        {ticks.map((day) => (
          <Box key={day} sx={{ position: 'absolute', top: 0, borderLeft: 1, borderColor: 'divider', height: 6 }} style={{ left: at(day) }}>
            <Typography variant="caption" color="text.secondary" sx={{ position: 'absolute', top: 6, left: 0, transform: 'translateX(-50%)', whiteSpace: 'nowrap', fontSize: '0.65rem' }}>
              {formatDay(day)}
            </Typography>
          </Box>
        ))}
      </Box>
      <Stack component="ul" sx={{ m: 0, pl: 2 }} aria-label="Availability">
        <Typography component="li" variant="body2">
          Available from {formatDay(candidate.availableFrom)}, {candidate.allocation}% allocation; {nowSegment ? `${nowSegment.free}% free today` : 'not free today'}
        </Typography>
        {segments
          .filter((s) => s.from > now || (s.to !== null && s.to >= now))
          .filter((s) => s !== nowSegment)
          .map((s) => (
            <Typography component="li" variant="body2" key={`free-${s.from}`}>
              {s.free}% free from {formatDay(s.from)}
              {s.to ? ` to ${formatDay(s.to)}` : ' on'}
            </Typography>
          ))}
        {placements.map((p) => (
          <Typography component="li" variant="body2" key={p.id}>
            Placed {formatDay(p.startDate)} – {p.endDate ? formatDay(p.endDate) : 'open-ended'} ({p.allocation}%) on{' '}
            <RecordContextProvider value={p}>
              <ReferenceField source="roleId" reference="Role" link="show">
                <TextField source="title" />
              </ReferenceField>
            </RecordContextProvider>
          </Typography>
        ))}
      </Stack>
    </Box>
  );
};

/**
 * The candidate's placements, most recent start first. The contract names no sort field for
 * placements, so the API's `id` order is asked for and the (few) rows are ordered here.
 */
export function useCandidatePlacements(candidateId: string | undefined) {
  const result = useGetList<PlacementRecord>(
    'Placement',
    { filter: { candidateId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'DESC' } },
    { enabled: !!candidateId },
  );
  const placements = [...(result.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return { ...result, placements };
}
