import { Stack } from '@mui/material';
import { useState } from 'react';
import { allowedMatchMoves, MatchStage } from '@orchestra/shared';
import { moveLabel } from './matchFormat';
import { useMatchMove, type MoveTarget } from './useMatchMove';
import { ProgressButton } from '../ProgressButton';

interface MatchMoveButtonsProps extends MoveTarget {
  /** Only these of the allowed moves (all of them by default). */
  only?: readonly MatchStage[];
  onMoved?: (stage: MatchStage) => void;
}

/**
 * A button per move the pipeline allows from the match's stage (`allowedMatchMoves`): the
 * keyboard-friendly way to move a match (the pipeline board also takes drag and drop). Forward
 * moves go at once; SUBMITTED asks whom to submit to (Submit to client); PLACED / REJECTED /
 * WITHDRAWN open the dialog first (see `useMatchMove`).
 */
export const MatchMoveButtons = ({ only, onMoved, ...target }: MatchMoveButtonsProps) => {
  const { start, busy, dialogs } = useMatchMove(onMoved);
  const [clicked, setClicked] = useState<MatchStage | null>(null);
  const moves = allowedMatchMoves(target.match.stage).filter((s) => !only || only.includes(s));
  if (!moves.length) return null;
  return (
    <>
      <Stack direction="row" gap={0.5} sx={{ flexWrap: 'wrap' }}>
        {moves.map((stage) => (
          <ProgressButton
            key={stage}
            busy={busy && clicked === stage}
            size="small"
            variant={stage === MatchStage.REJECTED || stage === MatchStage.WITHDRAWN ? 'text' : 'outlined'}
            color={stage === MatchStage.REJECTED ? 'error' : stage === MatchStage.PLACED ? 'success' : stage === MatchStage.WITHDRAWN ? 'inherit' : 'primary'}
            disabled={busy}
            aria-label={`${moveLabel(stage).replace('…', '')} ${target.candidateName}`}
            onClick={() => {
              setClicked(stage);
              start(target, stage);
            }}
          >
            {moveLabel(stage)}
          </ProgressButton>
        ))}
      </Stack>
      {dialogs}
    </>
  );
};
