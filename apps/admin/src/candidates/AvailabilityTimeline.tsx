import { Box, Stack, Tooltip, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField, TextField, useGetList, useRecordContext } from 'react-admin';
import { addDays, daysBetween, today } from '@orchestra/shared';
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

/**
 * When the candidate is free: a marker at "available from" and today, and each placement as a
 * bar from its start to its end (open-ended ones run to the edge), over the next months.
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
  const offset = (day: string) => daysBetween(first, day);
  const at = (day: string) => `${(offset(day) / total) * 100}%`;
  const span = (start: string, end: string | null | undefined) => `${(((end ? offset(end) + 1 : total) - offset(start)) / total) * 100}%`;

  return (
    <Box>
      <Box sx={{ position: 'relative', height: 24 + placements.length * 26, my: 2, borderBottom: 1, borderColor: 'divider' }} aria-hidden>
        {/* Available from: everything right of it is free time (minus placements). */}
        {/* Positions vary per candidate: inline styles, rather than a generated class for each. */}
        <Box sx={{ position: 'absolute', top: 0, bottom: 0, right: 0, bgcolor: 'success.light', opacity: 0.15 }} style={{ left: at(candidate.availableFrom) }} />
        <Tooltip title={`Available from ${candidate.availableFrom}`}>
          <Box sx={{ position: 'absolute', top: 0, bottom: 0, width: 2, bgcolor: 'success.main' }} style={{ left: at(candidate.availableFrom) }} />
        </Tooltip>
        <Tooltip title={`Today, ${now}`}>
          <Box sx={{ position: 'absolute', top: 0, bottom: 0, width: 0, borderLeft: '2px dashed', borderColor: 'text.secondary' }} style={{ left: at(now) }} />
        </Tooltip>
        {placements.map((p, i) => (
          <Tooltip key={p.id} title={`Placed ${p.startDate} – ${p.endDate ?? 'open-ended'}, ${p.allocation}%`}>
            <Box
              sx={{ position: 'absolute', height: 20, bgcolor: 'primary.main', borderRadius: 0.5 }}
              style={{ top: 20 + i * 26, left: at(p.startDate), width: span(p.startDate, p.endDate), opacity: 0.4 + p.allocation / 200 }}
            />
          </Tooltip>
        ))}
      </Box>
      <Stack component="ul" sx={{ m: 0, pl: 2 }} aria-label="Availability">
        <Typography component="li" variant="body2">
          Available from {candidate.availableFrom}, {candidate.allocation}% free
        </Typography>
        {placements.map((p) => (
          <Typography component="li" variant="body2" key={p.id}>
            Placed {p.startDate} – {p.endDate ?? 'open-ended'} ({p.allocation}%) on{' '}
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
