import { Button, Stack } from '@mui/material';
import { EngagementStage, enumLabel } from '@orchestra/shared';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useRefresh } from 'react-admin';
import type { Engagement } from '../gql/schema';
import { StageMoveDialog, type StageAction } from './StageMoveDialog';

type EngagementRecord = Pick<Engagement, 'id' | 'stage' | 'title'> & Partial<Pick<Engagement, 'allowedNextStages' | 'canReopen'>>;

/**
 * One button per stage the API says the engagement may move to next, and Reopen when the API says
 * the reader may. Each opens a confirmation: a note for a move, a required reason to mark it lost
 * or to reopen it.
 */
export const MoveStageButtons = () => {
  const record = useRecordContext<EngagementRecord>();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'Engagement', action: 'edit' });
  const [action, setAction] = useState<StageAction | null>(null);
  if (!record || !canAccess) return null;
  const next = record.allowedNextStages ?? [];
  if (!next.length && !record.canReopen) return null;

  return (
    <>
      <Stack direction="row" gap={1} flexWrap="wrap">
        {next.map((stage) => (
          <Button
            key={stage}
            size="small"
            variant={stage === EngagementStage.LOST ? 'outlined' : 'contained'}
            color={stage === EngagementStage.LOST ? 'error' : 'primary'}
            onClick={() => setAction({ kind: 'move', to: stage })}
          >
            {stage === EngagementStage.LOST ? 'Mark lost…' : `Move to ${enumLabel('EngagementStage', stage).toLowerCase()}…`}
          </Button>
        ))}
        {record.canReopen && (
          <Button size="small" variant="outlined" onClick={() => setAction({ kind: 'reopen' })}>
            Reopen…
          </Button>
        )}
      </Stack>
      {action && (
        <StageMoveDialog
          key={action.kind === 'reopen' ? 'reopen' : action.to}
          engagement={record}
          action={action}
          onClose={() => setAction(null)}
          onDone={() => refresh()}
        />
      )}
    </>
  );
};
