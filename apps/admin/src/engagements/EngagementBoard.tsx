import ViewListIcon from '@mui/icons-material/ViewList';
import { Box, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { ENGAGEMENT_STAGES, EngagementStage, enumLabel } from '@orchestra/shared';
import { useState } from 'react';
import { Link, ReferenceField, RecordContextProvider, TextField, Title, useCanAccess, useDataProvider, useGetList, useNotify } from 'react-admin';
import { newIdempotencyKey } from '../common/idempotency';
import type { OrchestraDataProvider } from '../providers/dataProvider';
import type { Engagement } from '../gql/schema';
import { PersonField } from '../user-summaries/PersonField';
import { EmptyText } from '../layout/EmptyText';
import { StageMoveDialog, type StageAction } from './StageMoveDialog';
import { ProgressButton } from '../common/ProgressButton';
import { DraggedCard, useDraggedCard } from '../common/boardDnd';
import { plural } from '../common/plural';

type BoardEngagement = Pick<Engagement, 'id' | 'title' | 'clientId' | 'stage' | 'urgency' | 'allowedNextStages' | 'ownerId'>;

const label = (stage: string) => enumLabel('EngagementStage', stage);

/** Why a card dropped on `to` goes back where it was, in words. */
export function illegalMoveMessage(e: Pick<BoardEngagement, 'title' | 'stage' | 'allowedNextStages'>, to: EngagementStage): string {
  const allowed = e.allowedNextStages.map((s) => label(s).toLowerCase());
  if (!allowed.length) return `“${e.title}” is ${label(e.stage).toLowerCase()} and cannot move: reopen it from its page first.`;
  return `“${e.title}” cannot go from ${label(e.stage).toLowerCase()} to ${label(to).toLowerCase()}: it can only move to ${allowed.join(' or ')}.`;
}

/** A stage column: a drop target while a card is dragged. */
const Column = ({ stage, children }: { stage: EngagementStage; children: React.ReactNode }) => {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <Box
      ref={setNodeRef}
      component="section"
      aria-label={`${label(stage)} column`}
      data-stage={stage}
      // The drop target under a dragged card (the browser tests drop once the board shows it).
      data-over={isOver ? '' : undefined}
      sx={{
        minWidth: 220,
        flex: '1 0 220px',
        bgcolor: isOver ? 'action.selected' : 'action.hover',
        outline: isOver ? 2 : 0,
        outlineColor: stage === EngagementStage.LOST ? 'error.main' : 'primary.main',
        borderRadius: 1,
        p: 1,
      }}
    >
      {children}
    </Box>
  );
};

/** A card, dragged by its body (pointer, or keyboard: space to lift, arrows to move, space to drop); its buttons stay outside the handle. */
const BoardCard = ({ e, draggable, children, actions }: { e: BoardEngagement; draggable: boolean; children: React.ReactNode; actions?: React.ReactNode }) => {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: e.id, disabled: !draggable });
  return (
    <Card
      ref={setNodeRef}
      variant="outlined"
      aria-label={e.title}
      data-engagement-id={e.id}
      // While dragged it floats in the board's DragOverlay; its place stays marked.
      sx={{ position: 'relative', opacity: isDragging ? 0.4 : 1 }}
    >
      <Box
        {...(draggable ? { ...listeners, ...attributes, 'aria-roledescription': 'draggable engagement', 'aria-label': `Move ${e.title}` } : {})}
        data-drag-handle={draggable ? '' : undefined}
        sx={{ cursor: draggable ? 'grab' : 'default', touchAction: 'none' }}
      >
        {children}
      </Box>
      {actions}
    </Card>
  );
};

/**
 * Kanban-style view: a column per stage. Drag a card to the next stage (or use its button); a drop
 * on Lost asks for the reason; a stage the API does not allow next snaps back with a message.
 */
export const EngagementBoard = () => {
  const { data = [], total, isPending, error, refetch } = useGetList<BoardEngagement>('Engagement', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'updatedAt', order: 'DESC' },
  });
  const notify = useNotify();
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const { canAccess: canMove } = useCanAccess({ resource: 'Engagement', action: 'edit' });
  const [pending, setPending] = useState<{ engagement: BoardEngagement; action: StageAction } | null>(null);
  const [quick, setQuick] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    // Space only: Enter on the title link inside a card still opens it.
    useSensor(KeyboardSensor, { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] } }),
  );
  const dragged = useDraggedCard();
  const titleOf = (id: string | number) => data.find((e) => e.id === id)?.title ?? 'The engagement';
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${titleOf(active.id)}”.`,
    onDragOver: ({ active, over }) => (over ? `“${titleOf(active.id)}” is over ${label(String(over.id))}.` : `“${titleOf(active.id)}” is over no stage.`),
    onDragEnd: ({ active, over }) => (over ? `“${titleOf(active.id)}” dropped on ${label(String(over.id))}.` : `“${titleOf(active.id)}” put back.`),
    onDragCancel: ({ active }) => `Moving “${titleOf(active.id)}” was cancelled.`,
  };

  /** Moves at once to a following stage (no note); LOST always goes through the reason dialog. */
  const moveTo = async (engagement: BoardEngagement, to: EngagementStage) => {
    if (to === EngagementStage.LOST) {
      setPending({ engagement, action: { kind: 'move', to } });
      return;
    }
    setQuick(engagement.id);
    try {
      await dataProvider.moveEngagementStage({ id: engagement.id, stage: to, idempotencyKey: newIdempotencyKey() });
      notify(`“${engagement.title}” moved to ${label(to).toLowerCase()}.`, { type: 'success' });
      await refetch();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'The move failed.', { type: 'error' });
    } finally {
      setQuick(null);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const engagement = data.find((e) => e.id === active.id);
    const to = over.id as EngagementStage;
    if (!engagement || engagement.stage === to) return;
    if (!engagement.allowedNextStages.includes(to)) {
      notify(illegalMoveMessage(engagement, to), { type: 'warning' });
      return;
    }
    void moveTo(engagement, to);
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="Engagement board" />
      <Stack direction="row" alignItems="center" gap={2} sx={{ mb: 1 }}>
        <Button component={Link} to="/Engagement" startIcon={<ViewListIcon />} size="small">
          List
        </Button>
        <Typography variant="body2" color="text.secondary">
          {isPending ? 'Loading…' : error ? 'The engagements could not be loaded.' : total && total > data.length ? `The ${data.length} most recently changed of ${total}` : `${data.length} engagements`}
        </Typography>
        {canMove && !isPending && (
          <Typography variant="caption" color="text.secondary">
            Drag a card to its next stage, or use its button. Marking lost asks why.
          </Typography>
        )}
      </Stack>
      <DndContext
        sensors={sensors}
        {...dragged.contextProps(onDragEnd)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: 'Press space to lift the card, the arrow keys to move it over a stage, space to drop it there, escape to cancel.' } }}>
        {/* Seven columns are wider than the page: the board scrolls by itself (width 0 stretched to 100% keeps it out of the layout's flex sizing). */}
        <Stack direction="row" gap={1} sx={{ overflowX: 'auto', pb: 1, width: 0, minWidth: '100%' }}>
          {ENGAGEMENT_STAGES.map((stage) => {
            const cards = data.filter((e) => e.stage === stage);
            return (
              <Column key={stage} stage={stage}>
                {/* The count beside the heading, not inside it: a chip is a div, which a heading may not hold. */}
                <Stack direction="row" alignItems="center" gap={1} sx={{ mb: 1 }}>
                  <Typography variant="subtitle2">{label(stage)}</Typography>
                  <Chip size="small" label={cards.length} aria-label={plural(cards.length, 'engagement')} />
                </Stack>
                <Stack gap={1}>
                  {!isPending && !cards.length && <EmptyText>None</EmptyText>}
                  {cards.map((e) => {
                    // The forward move only: marking lost is a drop on the Lost column (or the engagement's page), never a one-click button.
                    const forward = e.allowedNextStages.filter((s) => s !== EngagementStage.LOST);
                    return (
                      <BoardCard
                        key={e.id}
                        e={e}
                        draggable={canMove === true && e.allowedNextStages.length > 0 && quick === null}
                        actions={
                          canMove && forward.length > 0 ? (
                            <CardActions sx={{ flexWrap: 'wrap' }}>
                              {forward.map((next) => (
                                <ProgressButton key={next} busy={quick === e.id} size="small" disabled={quick !== null} onClick={() => void moveTo(e, next)}>
                                  → {label(next)}
                                </ProgressButton>
                              ))}
                            </CardActions>
                          ) : undefined
                        }
                      >
                        <CardContent sx={{ pb: 0 }}>
                          <Typography variant="body2" component={Link} to={`/Engagement/${e.id}/show`} sx={{ fontWeight: 500 }}>
                            {e.title}
                          </Typography>
                          <RecordContextProvider value={e}>
                            <ReferenceField source="clientId" reference="Client" link={false}>
                              <TextField source="name" variant="caption" display="block" />
                            </ReferenceField>
                            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', my: 0.5 }}>
                              <PersonField source="ownerId" />
                              <Typography variant="caption" color="text.secondary">
                                {enumLabel('Urgency', e.urgency).toLowerCase()}
                              </Typography>
                            </Stack>
                          </RecordContextProvider>
                        </CardContent>
                      </BoardCard>
                    );
                  })}
                </Stack>
              </Column>
            );
          })}
        </Stack>
        <DragOverlay>
          {(() => {
            const engagement = dragged.activeId === null ? undefined : data.find((e) => e.id === dragged.activeId);
            return engagement ? <DraggedCard title={engagement.title} detail={label(engagement.stage)} /> : null;
          })()}
        </DragOverlay>
      </DndContext>
      {pending && (
        <StageMoveDialog
          key={pending.engagement.id}
          engagement={pending.engagement}
          action={pending.action}
          onClose={() => setPending(null)}
          onDone={async () => {
            await refetch();
          }}
        />
      )}
    </Box>
  );
};
