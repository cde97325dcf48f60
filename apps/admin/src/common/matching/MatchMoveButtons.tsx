import { Button, Stack } from '@mui/material';
import { allowedMatchMoves, MatchStage } from '@orchestra/shared';
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { request as sendRequest } from '../../providers/client';
import { newIdempotencyKey } from '../idempotency';
import { MoveMatchStageDocument } from './api';
import { moveLabel, stageLabel } from './matchFormat';
import { MoveMatchDialog, type MoveDetails, type MoveRequest } from './MoveMatchDialog';
import type { PlacementDraft } from './placementDefaults';

/** Moves that ask for something first (the placement, or a reason). */
const ASKS: readonly MatchStage[] = [MatchStage.PLACED, MatchStage.REJECTED, MatchStage.WITHDRAWN];

interface MatchMoveButtonsProps {
  match: { id: string; stage: MatchStage };
  candidateName: string;
  /** Prefills the placement dialog. */
  placement: () => PlacementDraft;
  /** Only these of the allowed moves (all of them by default). */
  only?: readonly MatchStage[];
  onMoved?: (stage: MatchStage) => void;
}

/**
 * A button per move the pipeline allows from the match's stage (`allowedMatchMoves`); forward
 * moves go at once, PLACED / REJECTED / WITHDRAWN open the dialog first. Each attempt carries
 * its own idempotency key; everything on screen is refreshed after a move.
 */
export const MatchMoveButtons = ({ match, candidateName, placement, only, onMoved }: MatchMoveButtonsProps) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [request, setRequest] = useState<MoveRequest | null>(null);
  const moves = allowedMatchMoves(match.stage).filter((s) => !only || only.includes(s));
  if (!moves.length) return null;

  const send = async (stage: MatchStage, details: MoveDetails = {}) => {
    setBusy(true);
    try {
      await sendRequest(MoveMatchStageDocument, { id: match.id, stage, ...details, idempotencyKey: newIdempotencyKey() });
      notify(`${candidateName}: ${stageLabel(stage).toLowerCase()}.`, { type: 'success' });
      setRequest(null);
      onMoved?.(stage);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The move failed.', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const click = (stage: MatchStage) => {
    if (ASKS.includes(stage)) setRequest({ matchId: match.id, stage, candidateName, placement: placement() });
    else void send(stage);
  };

  return (
    <>
      <Stack direction="row" gap={0.5} sx={{ flexWrap: 'wrap' }}>
        {moves.map((stage) => (
          <Button
            key={stage}
            size="small"
            variant={stage === MatchStage.REJECTED || stage === MatchStage.WITHDRAWN ? 'text' : 'outlined'}
            color={stage === MatchStage.REJECTED ? 'error' : stage === MatchStage.PLACED ? 'success' : stage === MatchStage.WITHDRAWN ? 'inherit' : 'primary'}
            disabled={busy}
            aria-label={`${moveLabel(stage).replace('…', '')} ${candidateName}`}
            onClick={() => click(stage)}
          >
            {moveLabel(stage)}
          </Button>
        ))}
      </Stack>
      {request && (
        <MoveMatchDialog key={`${request.matchId}-${request.stage}`} request={request} onCancel={() => setRequest(null)} onConfirm={(details) => send(request.stage, details)} />
      )}
    </>
  );
};
