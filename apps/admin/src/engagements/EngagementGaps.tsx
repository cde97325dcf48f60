import { Alert, Box, Button, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { AssessmentStatus, RecommendationState, enumLabel } from '@orchestra/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useRecordContext } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { request } from '../providers/client';
import { formatDate, level, severityBand } from '../reports/format';
import { RoleStatusChip } from '../roles/RoleStatusChips';
import { EngagementGapsDocument, EngagementScoredAssessmentsDocument, engagementGapsKey, type EngagementGap } from './api';

const SCORED: readonly string[] = [AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];

/** The most recently scored assessment (scored or published), or undefined. */
export function latestScored<A extends { status: string; scoredAt?: string | null }>(assessments: readonly A[]): A | undefined {
  return assessments
    .filter((a) => SCORED.includes(a.status) && a.scoredAt)
    .reduce<A | undefined>((best, a) => (!best || new Date(a.scoredAt!).getTime() > new Date(best.scoredAt!).getTime() ? a : best), undefined);
}

/** The decision on a gap in words: the option chosen (accepted, or over the ranking), else open with the first option. */
export function gapDecision(gap: Pick<EngagementGap, 'recommendations'>): { chosen: EngagementGap['recommendations'][number] | undefined; text: string } {
  const chosen = gap.recommendations.find((r) => r.state === RecommendationState.ACCEPTED || r.state === RecommendationState.OVERRIDDEN);
  if (chosen) {
    const how = chosen.state === RecommendationState.OVERRIDDEN ? 'chosen over the ranking' : 'accepted';
    return { chosen, text: `${enumLabel('RecommendationOption', chosen.option)} ${how}` };
  }
  const first = [...gap.recommendations].sort((a, b) => a.rank - b.rank).find((r) => r.state === RecommendationState.PROPOSED);
  return { chosen: undefined, text: first ? `Open: ${enumLabel('RecommendationOption', first.option)} ranked first` : 'Open' };
}

/** The Gaps tab: the latest scored assessment's gaps, worst first, each with its decision and the roles it drafted. */
export const EngagementGaps = () => {
  const engagement = useRecordContext<{ id: string }>();
  const engagementId = engagement?.id ?? '';
  const { data, isPending, error, refetch } = useQuery({
    queryKey: engagementGapsKey(engagementId),
    enabled: !!engagementId,
    queryFn: async ({ signal }) => {
      const { allAssessments } = await request(EngagementScoredAssessmentsDocument, { engagementId }, { signal });
      const assessment = latestScored(allAssessments);
      if (!assessment) return { assessment: undefined, gaps: [] };
      const { allCapabilityGaps } = await request(EngagementGapsDocument, { assessmentId: assessment.id }, { signal });
      return { assessment, gaps: allCapabilityGaps };
    },
  });
  if (!engagement) return null;
  if (isPending) return <LinearProgress aria-label="Loading the gaps" sx={{ my: 2 }} />;
  if (error) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            Try again
          </Button>
        }
      >
        The gaps could not be loaded: {error.message}
      </Alert>
    );
  }
  const { assessment, gaps } = data;
  if (!assessment) return <EmptyText>No scored assessment yet: gaps appear here once an assessment is closed and scored.</EmptyText>;

  return (
    <Stack gap={1.5}>
      <Stack direction="row" gap={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          From “{assessment.title}”, scored {formatDate(assessment.scoredAt)}
        </Typography>
        <Button component={Link} to={`/Assessment/${assessment.id}/show/report`} size="small" variant="outlined">
          Open the report
        </Button>
      </Stack>
      {!gaps.length ? (
        <EmptyText>No gaps: every scored capability meets its target.</EmptyText>
      ) : (
        <Table size="small" aria-label="Gaps, worst first">
          <TableHead>
            <TableRow>
              <TableCell>Capability</TableCell>
              <TableCell>Severity</TableCell>
              <TableCell>Level → target</TableCell>
              <TableCell>Decision</TableCell>
              <TableCell>Roles</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {gaps.map((gap) => {
              const band = severityBand(gap.severity);
              const { chosen, text } = gapDecision(gap);
              const roles = chosen?.draftedRoles ?? [];
              return (
                <TableRow key={gap.id} data-testid="gap-row">
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>
                      {gap.capability.name}
                    </Typography>
                    {gap.status !== 'OPEN' && <Chip size="small" variant="outlined" label={enumLabel('GapStatus', gap.status)} sx={{ mt: 0.5 }} />}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" color={band.colour} label={`${band.label} · ${gap.severity.toFixed(2)}`} />
                  </TableCell>
                  <TableCell>
                    {level(gap.current)} → {gap.target}
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">{text}</Typography>
                    {chosen?.decisionNote && (
                      <Typography variant="caption" color="text.secondary" display="block">
                        {chosen.decisionNote}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {roles.length ? (
                      <Stack gap={0.5}>
                        {roles.map((role) => (
                          <Box key={role.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                            <Link to={`/Role/${role.id}/show`}>{role.title}</Link>
                            <RoleStatusChip status={role.status} />
                          </Box>
                        ))}
                      </Stack>
                    ) : (
                      <Typography variant="body2" color="text.secondary">
                        —
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
};
