import ViewListIcon from '@mui/icons-material/ViewList';
import { Box, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import { ENGAGEMENT_STAGES, EngagementStage } from '@orchestra/shared';
import { useState } from 'react';
import { Link, ReferenceField, RecordContextProvider, TextField, Title, useCanAccess, useDataProvider, useGetList, useNotify } from 'react-admin';
import type { Engagement } from '../gql/schema';
import { PersonField } from '../user-summaries/PersonField';
import { EmptyText } from '../layout/EmptyText';
import type { OrchestraDataProvider } from '../providers/dataProvider';

type BoardEngagement = Pick<Engagement, 'id' | 'title' | 'clientId' | 'stage' | 'urgency' | 'allowedNextStages' | 'ownerId'>;

const label = (stage: string) => stage.charAt(0) + stage.slice(1).toLowerCase();

/** Kanban-style view: a column per stage; a card moves only to a stage the API allows next. */
export const EngagementBoard = () => {
  const { data = [], total, isPending, refetch } = useGetList<BoardEngagement>('Engagement', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'updatedAt', order: 'DESC' },
  });
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  const { canAccess: canMove } = useCanAccess({ resource: 'Engagement', action: 'edit' });
  const [moving, setMoving] = useState<string | null>(null);

  const move = async (engagement: BoardEngagement, stage: EngagementStage) => {
    setMoving(engagement.id);
    try {
      await dataProvider.moveEngagementStage({ id: engagement.id, stage });
      notify(`${engagement.title} moved to ${stage}.`, { type: 'success' });
      await refetch();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The move failed.', { type: 'error' });
    } finally {
      setMoving(null);
    }
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="Engagement board" />
      <Stack direction="row" alignItems="center" gap={2} sx={{ mb: 1 }}>
        <Button component={Link} to="/Engagement" startIcon={<ViewListIcon />} size="small">
          List
        </Button>
        <Typography variant="body2" color="text.secondary">
          {isPending ? 'Loading…' : total && total > data.length ? `The ${data.length} most recently changed of ${total}` : `${data.length} engagements`}
        </Typography>
      </Stack>
      {/* Seven columns are wider than the page: the board scrolls by itself (width 0 stretched to 100% keeps it out of the layout's flex sizing). */}
      <Stack direction="row" gap={1} sx={{ overflowX: 'auto', pb: 1, width: 0, minWidth: '100%' }}>
        {ENGAGEMENT_STAGES.map((stage) => {
          const cards = data.filter((e) => e.stage === stage);
          return (
            <Box key={stage} component="section" aria-label={`${label(stage)} column`} sx={{ minWidth: 220, flex: '1 0 220px', bgcolor: 'action.hover', borderRadius: 1, p: 1 }}>
              <Typography variant="subtitle2" sx={{ mb: 1 }}>
                {label(stage)} <Chip size="small" label={cards.length} />
              </Typography>
              <Stack gap={1}>
                {!isPending && !cards.length && <EmptyText>None</EmptyText>}
                {cards.map((e) => (
                  <Card key={e.id} variant="outlined" aria-label={e.title}>
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
                            {e.urgency.toLowerCase()} urgency
                          </Typography>
                        </Stack>
                      </RecordContextProvider>
                    </CardContent>
                    {canMove && e.allowedNextStages.length > 0 && (
                      <CardActions sx={{ flexWrap: 'wrap' }}>
                        {e.allowedNextStages.map((next) => (
                          <Button
                            key={next}
                            size="small"
                            color={next === EngagementStage.LOST ? 'error' : 'primary'}
                            disabled={moving !== null}
                            onClick={() => void move(e, next)}
                          >
                            {next === EngagementStage.LOST ? 'Lost' : `→ ${label(next)}`}
                          </Button>
                        ))}
                      </CardActions>
                    )}
                  </Card>
                ))}
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
};
