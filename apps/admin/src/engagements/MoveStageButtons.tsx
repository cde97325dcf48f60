import { Button, Stack } from '@mui/material';
import { EngagementStage } from '@orchestra/shared';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { Engagement } from '../gql/schema';
import type { OrchestraDataProvider } from '../providers/dataProvider';

type EngagementRecord = Pick<Engagement, 'id' | 'stage'> & Partial<Pick<Engagement, 'allowedNextStages'>>;

/** One button per stage the API says the engagement may move to next. */
export const MoveStageButtons = () => {
  const record = useRecordContext<EngagementRecord>();
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'Engagement', action: 'edit' });
  const [moving, setMoving] = useState<EngagementStage | null>(null);
  if (!record || !canAccess || !record.allowedNextStages?.length) return null;

  const move = async (stage: EngagementStage) => {
    setMoving(stage);
    try {
      await dataProvider.moveEngagementStage({ id: record.id, stage });
      notify(`Moved to ${stage}.`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The move failed.', { type: 'error' });
    } finally {
      setMoving(null);
    }
  };

  return (
    <Stack direction="row" gap={1} flexWrap="wrap">
      {record.allowedNextStages.map((stage) => (
        <Button
          key={stage}
          size="small"
          variant={stage === EngagementStage.LOST ? 'outlined' : 'contained'}
          color={stage === EngagementStage.LOST ? 'error' : 'primary'}
          disabled={moving !== null}
          onClick={() => void move(stage)}
        >
          {stage === EngagementStage.LOST ? 'Mark lost' : `Move to ${stage.toLowerCase()}`}
        </Button>
      ))}
    </Stack>
  );
};
