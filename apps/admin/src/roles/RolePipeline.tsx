import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import { Alert, Box, Card, CardActions, CardContent, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { FINAL_MATCH_STAGES, MATCH_STAGES, MatchStage, matchMoveProblem, RoleStatus, enumLabel } from '@orchestra/shared';
import type { ReactNode } from 'react';
import { Link, useCanAccess, useGetList, useGetMany, useNotify, useRecordContext } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import type { CandidateBrief, MatchRecord } from '../common/matching/api';
import { MatchMoveButtons } from '../common/matching/MatchMoveButtons';
import { formatScore } from '../common/matching/matchFormat';
import { placementDefaults } from '../common/matching/placementDefaults';
import { useMatchMove, type MoveTarget } from '../common/matching/useMatchMove';
import type { RoleRecord } from './roleFields';
import { formatDate } from '../common/DateField';
import { DraggedCard, useDraggedCard } from '../common/boardDnd';
import { answerText } from '../shortlists/answerText';

/** The stored matches of a role can all be shown: the matching keeps the best few, plus those moved on. */
const MAX_MATCHES = 100;
/** Only these moves stay possible once the role is filled or cancelled. */
const LEAVING: readonly MatchStage[] = [MatchStage.REJECTED, MatchStage.WITHDRAWN];

/** "As Candidate K-37 · client: declined: Budget — Above our band" (the client's answer in the recruiter's words). */
const clientAnswerLine = (m: MatchRecord): string => {
  const answer = m.clientAnswer ? answerText({ answer: m.clientAnswer, reason: m.clientReason, note: m.clientNote, slots: m.clientSlots }) : 'not answered yet';
  return `As ${m.clientAlias} · client: ${answer.charAt(0).toLowerCase()}${answer.slice(1)}`;
};

const MatchCard = ({ match, target, canManage, open }: { match: MatchRecord; target: MoveTarget; canManage: boolean; open: boolean }) => {
  const draggable = canManage && !FINAL_MATCH_STAGES.includes(match.stage);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: match.id, data: { match }, disabled: !draggable });
  const name = target.candidateName;
  return (
    <Card
      ref={setNodeRef}
      variant="outlined"
      aria-label={name}
      data-match-id={match.id}
      // While dragged it floats in the board's DragOverlay; its place stays marked.
      sx={{ position: 'relative', opacity: isDragging ? 0.4 : 1, boxShadow: 0 }}
    >
      <CardContent sx={{ pb: 0.5, '&:last-child': { pb: 1 } }}>
        <Stack direction="row" gap={0.5} sx={{ alignItems: 'flex-start' }}>
          {draggable && (
            <Box
              {...listeners}
              {...attributes}
              aria-label={`Drag ${name} to another stage`}
              aria-roledescription="draggable match"
              sx={{ cursor: 'grab', color: 'text.secondary', touchAction: 'none', display: 'flex' }}
            >
              <DragIndicatorIcon fontSize="small" />
            </Box>
          )}
          <Box>
            <Typography variant="body2" component={Link} to={`/Candidate/${match.candidateId}/show`} sx={{ fontWeight: 500 }}>
              {name}
            </Typography>
            <Typography variant="caption" color="text.secondary" display="block">
              Score {formatScore(match.score)}
              {match.rank ? ` · rank ${match.rank}` : ''} · since {formatDate(match.stageChangedAt)}
            </Typography>
            {match.clientAlias && (
              <Typography variant="caption" display="block" data-testid="client-answer">
                {clientAnswerLine(match)}
              </Typography>
            )}
          </Box>
        </Stack>
      </CardContent>
      {canManage && (
        <CardActions sx={{ pt: 0 }}>
          {/* The keyboard alternative to dragging: one button per allowed move. */}
          <MatchMoveButtons {...target} only={open ? undefined : LEAVING} />
        </CardActions>
      )}
    </Card>
  );
};

const StageColumn = ({ stage, count, children }: { stage: MatchStage; count: number; children: ReactNode }) => {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <Box
      ref={setNodeRef}
      component="section"
      aria-label={`${enumLabel('MatchStage', stage)} column`}
      data-stage={stage}
      // The drop target under a dragged card (the browser tests drop once the board shows it).
      data-over={isOver ? '' : undefined}
      sx={{ minWidth: 200, flex: '1 0 200px', bgcolor: isOver ? 'action.selected' : 'action.hover', borderRadius: 1, p: 1, transition: 'background-color 120ms' }}
    >
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {enumLabel('MatchStage', stage)} <Chip size="small" label={count} />
      </Typography>
      <Stack gap={1}>{children}</Stack>
    </Box>
  );
};

/**
 * The role's stored matches as a kanban, a column per stage (every stage shown, empty ones too).
 * A card is dragged to another column (`@dnd-kit/core`) or moved with its buttons (the keyboard
 * alternative). A move the pipeline does not allow (`allowedMatchMoves`) snaps back with a
 * message; SUBMITTED asks whom to submit to, PLACED the placement (and offers to close the other
 * open matches), REJECTED / WITHDRAWN a reason.
 */
export const RolePipeline = () => {
  const role = useRecordContext<RoleRecord>();
  const notify = useNotify();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'Match', action: 'edit' });
  const { data: matches = [], total, isPending, error } = useGetList<MatchRecord>(
    'Match',
    { filter: { roleId: role?.id }, pagination: { page: 1, perPage: MAX_MATCHES }, sort: { field: 'score', order: 'DESC' } },
    { enabled: !!role?.id },
  );
  const ids = [...new Set(matches.map((m) => m.candidateId))];
  const { data: candidates = [] } = useGetMany<CandidateBrief>('Candidate', { ids }, { enabled: ids.length > 0 });
  const { start, dialogs } = useMatchMove();
  // A small distance before a drag starts, so clicks on the card's links and buttons stay clicks.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor));
  const dragged = useDraggedCard();
  if (!role) return null;
  if (error) return <Alert severity="error">The pipeline could not be loaded: {error instanceof Error ? error.message : String(error)}</Alert>;
  if (isPending) return <CircularProgress size={24} />;

  const candidateById = new Map(candidates.map((c) => [String(c.id), c]));
  const open = role.status === RoleStatus.OPEN;
  const openMatches = matches.filter((m) => !FINAL_MATCH_STAGES.includes(m.stage)).length;
  const targetOf = (m: MatchRecord): MoveTarget => {
    const candidate = candidateById.get(String(m.candidateId));
    return {
      match: m,
      candidateName: candidate?.name ?? 'Candidate',
      placement: () => placementDefaults(role, candidate),
      clientId: role.clientId,
      openOthers: Math.max(0, openMatches - 1),
    };
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const match = matches.find((m) => m.id === active.id);
    const to = over?.id as MatchStage | undefined;
    if (!match || !to || to === match.stage) return;
    const name = targetOf(match).candidateName;
    const illegal = matchMoveProblem(match.stage, to) ?? (!open && !LEAVING.includes(to) ? `The role is ${enumLabel('RoleStatus', role.status).toLowerCase()}: a match can only be rejected or withdrawn.` : null);
    // Nothing changed: the card goes back to its column.
    if (illegal) notify(`${name}: ${illegal}`, { type: 'warning' });
    else start(targetOf(match), to);
  };

  const feedback = role.shortlistFeedback;
  return (
    <Box>
      {!!feedback?.submitted && (
        <Alert severity="info" sx={{ mb: 1 }} aria-label="Client answers">
          Client answers: {feedback.summary || `none yet for the ${feedback.submitted} submitted`}.
        </Alert>
      )}
      {total !== undefined && total > matches.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          The {matches.length} best-scored of {total} stored matches.
        </Typography>
      )}
      {canManage && !!matches.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Drag a card by its handle to the next stage, or use its buttons.
        </Typography>
      )}
      {!matches.length && <EmptyText>No stored matches yet: shortlist candidates from the ranked pool.</EmptyText>}
      <DndContext
        sensors={sensors}
        {...dragged.contextProps(onDragEnd)}
        accessibility={{ screenReaderInstructions: { draggable: 'Press space to pick up the match, arrow keys to move it, space to drop it on a stage, escape to cancel.' } }}>
        {/* Eight columns are wider than the page: the board scrolls by itself. Width 0 stretched to
            100% keeps its content's width out of the layout's (flex) sizing, which would otherwise
            widen the whole page. */}
        <Stack direction="row" gap={1} sx={{ overflowX: 'auto', pb: 1, width: 0, minWidth: '100%' }}>
          {MATCH_STAGES.map((stage) => {
            const cards = matches.filter((m) => m.stage === stage);
            return (
              <StageColumn key={stage} stage={stage} count={cards.length}>
                {!cards.length && <EmptyText>None</EmptyText>}
                {cards.map((m) => (
                  <MatchCard key={m.id} match={m} target={targetOf(m)} canManage={canManage} open={open} />
                ))}
              </StageColumn>
            );
          })}
        </Stack>
        <DragOverlay>
          {(() => {
            const match = dragged.activeId === null ? undefined : matches.find((m) => m.id === dragged.activeId);
            return match ? <DraggedCard title={targetOf(match).candidateName} detail={`Score ${formatScore(match.score)}`} /> : null;
          })()}
        </DragOverlay>
      </DndContext>
      {dialogs}
    </Box>
  );
};
