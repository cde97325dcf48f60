import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import { request } from '../providers/client';

const EngagementTrendDocument = graphql(`
  query EngagementTrend($e: ID!) {
    engagementTrend(engagementId: $e) {
      capabilityKey
      capabilityName
      areaName
      points {
        assessmentId
        title
        scoredAt
        current
        target
      }
    }
  }
`);

const arrow = (now: number | null, before: number | null | undefined) =>
  now === null || before === null || before === undefined ? '' : now > before + 0.05 ? ' ↑' : now < before - 0.05 ? ' ↓' : ' →';

/** Each capability's level across the engagement's scored assessments: did the re-assessment move it? */
export const EngagementTrend = ({ engagementId }: { engagementId: string }) => {
  const { data } = useQuery({
    queryKey: ['engagementTrend', engagementId],
    queryFn: async () => (await request(EngagementTrendDocument, { e: engagementId })).engagementTrend,
  });
  const columns = [...new Map((data ?? []).flatMap((t) => t.points).map((p) => [p.assessmentId, p])).values()].sort((a, b) =>
    (a.scoredAt ?? '').localeCompare(b.scoredAt ?? ''),
  );
  const rows = (data ?? []).filter((t) => t.points.some((p) => p.current !== null));
  if (!columns.length || !rows.length) return null;
  return (
    <>
      <Typography variant="h6" component="h3" sx={{ mt: 3 }}>
        Capability trend
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Current level per scored assessment, oldest first (target in brackets).
      </Typography>
      <Table size="small" aria-label="Capability trend">
        <TableHead>
          <TableRow>
            <TableCell>Capability</TableCell>
            {columns.map((c) => (
              <TableCell key={c.assessmentId} align="right">
                {c.title}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((t) => (
            <TableRow key={t.capabilityKey}>
              <TableCell>
                {t.capabilityName}
                <Typography variant="caption" color="text.secondary" display="block">
                  {t.areaName}
                </Typography>
              </TableCell>
              {columns.map((c, i) => {
                const point = t.points.find((p) => p.assessmentId === c.assessmentId);
                const before = i > 0 ? t.points.find((p) => p.assessmentId === columns[i - 1]!.assessmentId)?.current : undefined;
                return (
                  <TableCell key={c.assessmentId} align="right">
                    {point?.current != null ? `${point.current.toFixed(2)}${arrow(point.current, before)} (${point.target})` : '—'}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
