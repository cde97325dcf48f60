import { MatchStage, enumLabel } from '@orchestra/shared';
import { useState, type ReactNode } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { request as sendRequest } from '../../providers/client';
import { newIdempotencyKey } from '../idempotency';
import { MoveMatchStageDocument, SubmitToClientDocument } from './api';
import { MoveMatchDialog, type MoveDetails, type MoveRequest } from './MoveMatchDialog';
import type { PlacementDraft } from './placementDefaults';
import { SubmitToClientDialog, type SubmitDetails, type SubmitRequest } from './SubmitToClientDialog';
import { useBusy } from '../useBusy';

/** Moves that ask for something first (the placement, or a reason). */
const ASKS: readonly MatchStage[] = [MatchStage.PLACED, MatchStage.REJECTED, MatchStage.WITHDRAWN];

/** What a move needs to know about the match beyond its id and stage. */
export interface MoveTarget {
  match: { id: string; stage: MatchStage };
  candidateName: string;
  /** Prefills the placement dialog. */
  placement: () => PlacementDraft;
  /** The role's client: SUBMITTED asks whom of its contacts to submit to, with a note (submitToClient). */
  clientId: string;
  /** The role's other open matches: placing offers to close them with a reason. */
  openOthers?: number;
}

/**
 * One place that moves a match: forward moves go at once; SUBMITTED is never a plain move (the API
 * refuses it) but the "Submit to client" form (contacts and note); PLACED / REJECTED / WITHDRAWN
 * open the dialog first. Each attempt carries
 * its own idempotency key; everything on screen is refreshed after a move. Render `dialogs`.
 */
export function useMatchMove(onMoved?: (stage: MatchStage) => void): { start: (target: MoveTarget, stage: MatchStage) => void; busy: boolean; dialogs: ReactNode } {
  const notify = useNotify();
  const refresh = useRefresh();
  const { busy, run: runBusy } = useBusy();
  const [moveRequest, setMoveRequest] = useState<MoveRequest | null>(null);
  const [submitRequest, setSubmitRequest] = useState<SubmitRequest | null>(null);

  const run = async (candidateName: string, stage: MatchStage, action: () => Promise<unknown>) => {
    await runBusy(async () => {
      try {
        await action();
        notify(`${candidateName}: ${enumLabel('MatchStage', stage).toLowerCase()}.`, { type: 'success' });
        setMoveRequest(null);
        setSubmitRequest(null);
        onMoved?.(stage);
        refresh();
      } catch (error) {
        notify(error instanceof Error ? error.message : 'The move failed.', { type: 'error' });
      }
    });
  };

  const send = (matchId: string, candidateName: string, stage: MatchStage, details: MoveDetails = {}) =>
    run(candidateName, stage, () => sendRequest(MoveMatchStageDocument, { id: matchId, stage, ...details, idempotencyKey: newIdempotencyKey() }));

  const start = (target: MoveTarget, stage: MatchStage) => {
    const { match, candidateName } = target;
    if (stage === MatchStage.SUBMITTED) setSubmitRequest({ matchId: match.id, candidateName, clientId: target.clientId });
    else if (ASKS.includes(stage)) setMoveRequest({ matchId: match.id, stage, candidateName, placement: target.placement(), openOthers: target.openOthers ?? 0 });
    else void send(match.id, candidateName, stage);
  };

  const dialogs = (
    <>
      {moveRequest && (
        <MoveMatchDialog
          key={`${moveRequest.matchId}-${moveRequest.stage}`}
          request={moveRequest}
          onCancel={() => setMoveRequest(null)}
          onConfirm={(details) => send(moveRequest.matchId, moveRequest.candidateName, moveRequest.stage, details)}
        />
      )}
      {submitRequest && (
        <SubmitToClientDialog
          key={submitRequest.matchId}
          request={submitRequest}
          onCancel={() => setSubmitRequest(null)}
          onConfirm={(details: SubmitDetails) =>
            run(submitRequest.candidateName, MatchStage.SUBMITTED, () => sendRequest(SubmitToClientDocument, { id: submitRequest.matchId, ...details, idempotencyKey: newIdempotencyKey() }))
          }
        />
      )}
    </>
  );
  return { start, busy, dialogs };
}
