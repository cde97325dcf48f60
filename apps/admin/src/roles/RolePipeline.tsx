import { Box, Card, CardActions, CardContent, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { MATCH_STAGES, MatchStage, RoleStatus } from '@orchestra/shared';
import { Link, useCanAccess, useGetList, useGetMany, useRecordContext } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import type { CandidateBrief, MatchRecord } from '../common/matching/api';
import { MatchMoveButtons } from '../common/matching/MatchMoveButtons';
import { formatScore, stageLabel } from '../common/matching/matchFormat';
import { placementDefaults } from '../common/matching/placementDefaults';
import type { RoleRecord } from './roleFields';

/** The stored matches of a role can all be shown: the matching keeps the best few, plus those moved on. */
const MAX_MATCHES = 100;

const MatchCard = ({ match, candidate, role, canManage }: { match: MatchRecord; candidate: CandidateBrief | undefined; role: RoleRecord; canManage: boolean }) => {
  const name = candidate?.name ?? 'Candidate';
  return (
    <Card variant="outlined" aria-label={name}>
      <CardContent sx={{ pb: 0.5, '&:last-child': { pb: 1 } }}>
        <Typography variant="body2" component={Link} to={`/Candidate/${match.candidateId}/show`} sx={{ fontWeight: 500 }}>
          {name}
        </Typography>
        <Typography variant="caption" color="text.secondary" display="block">
          Score {formatScore(match.score)}
          {match.rank ? ` · rank ${match.rank}` : ''} · since {new Date(match.stageChangedAt).toLocaleDateString()}
        </Typography>
      </CardContent>
      {canManage && (
        <CardActions sx={{ pt: 0 }}>
          <MatchMoveButtons
            match={match}
            candidateName={name}
            // The API closes the pipeline of a filled or cancelled role: a match can only leave it.
            only={role.status === RoleStatus.OPEN ? undefined : [MatchStage.REJECTED, MatchStage.WITHDRAWN]}
            placement={() => placementDefaults(role, candidate)}
          />
        </CardActions>
      )}
    </Card>
  );
};

/**
 * The role's stored matches as a kanban, a column per stage. Each card offers the moves the
 * pipeline allows next (`allowedMatchMoves`); placing asks for the placement.
 */
export const RolePipeline = () => {
  const role = useRecordContext<RoleRecord>();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'Match', action: 'edit' });
  const { data: matches = [], total, isPending } = useGetList<MatchRecord>(
    'Match',
    { filter: { roleId: role?.id }, pagination: { page: 1, perPage: MAX_MATCHES }, sort: { field: 'score', order: 'DESC' } },
    { enabled: !!role?.id },
  );
  const ids = [...new Set(matches.map((m) => m.candidateId))];
  const { data: candidates = [] } = useGetMany<CandidateBrief>('Candidate', { ids }, { enabled: ids.length > 0 });
  const candidateById = new Map(candidates.map((c) => [String(c.id), c]));
  if (!role) return null;
  if (isPending) return <CircularProgress size={24} />;
  return (
    <Box>
      {total !== undefined && total > matches.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          The {matches.length} best-scored of {total} stored matches.
        </Typography>
      )}
      {/* Eight columns are wider than the page: the board scrolls by itself. Width 0 stretched to
          100% keeps its content's width out of the layout's (flex) sizing, which would otherwise
          widen the whole page. */}
      <Stack direction="row" gap={1} sx={{ overflowX: 'auto', pb: 1, width: 0, minWidth: '100%' }}>
        {MATCH_STAGES.map((stage) => {
          const cards = matches.filter((m) => m.stage === stage);
          return (
            <Box
              key={stage}
              component="section"
              aria-label={`${stageLabel(stage)} column`}
              sx={{ minWidth: 200, flex: '1 0 200px', bgcolor: 'action.hover', borderRadius: 1, p: 1 }}
            >
              <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
                {stageLabel(stage)} <Chip size="small" label={cards.length} />
              </Typography>
              <Stack gap={1}>
                {!cards.length && <EmptyText>None</EmptyText>}
                {cards.map((m) => (
                  <MatchCard key={m.id} match={m} candidate={candidateById.get(String(m.candidateId))} role={role} canManage={canManage} />
                ))}
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
};
