import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Stack, TextField } from '@mui/material';
import { MatchStage } from '@orchestra/shared';
import { useState, type ChangeEvent } from 'react';
import type { PlacementInput } from '../../gql/graphql';
import { toMinor } from './money';
import type { PlacementDraft } from './placementDefaults';
import { useBusy } from '../useBusy';
import { ProgressButton } from '../ProgressButton';

/** A move that needs more than a click: placing (the placement's terms) or leaving (a reason). */
export interface MoveRequest {
  matchId: string;
  stage: MatchStage;
  candidateName: string;
  placement: PlacementDraft;
  /** The role's other open matches (placing offers to close them). */
  openOthers?: number;
}

export interface MoveDetails {
  reason?: string;
  placement?: PlacementInput;
  /** With a placement: the reason the role's other open matches are closed (REJECTED). */
  closeOthersReason?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;

const TITLES: Partial<Record<MatchStage, (name: string) => string>> = {
  [MatchStage.PLACED]: (name) => `Place ${name}`,
  [MatchStage.REJECTED]: (name) => `Reject ${name}`,
  [MatchStage.WITHDRAWN]: (name) => `Withdraw ${name}`,
};

/**
 * PLACED asks for the placement (start, end, rate in major units, currency), prefilled from the
 * role and the candidate; REJECTED and WITHDRAWN ask why (required by the API, kept with the
 * stage change). Placing with other open matches on the role offers to close them in the same
 * confirmed action, with a reason each of them records.
 * Rendered only while a request is pending (keyed by it), so every move starts from the defaults.
 */
export const MoveMatchDialog = ({
  request,
  onCancel,
  onConfirm,
}: {
  request: MoveRequest;
  onCancel: () => void;
  onConfirm: (details: MoveDetails) => Promise<void>;
}) => {
  const placing = request.stage === MatchStage.PLACED;
  const [reason, setReason] = useState('');
  const [draft, setDraft] = useState<PlacementDraft>(request.placement);
  const { busy, run: runBusy } = useBusy();
  const others = placing ? (request.openOthers ?? 0) : 0;
  const [closeOthers, setCloseOthers] = useState(false);
  const [closeReason, setCloseReason] = useState('');
  const closeReasonMissing = closeOthers && !closeReason.trim();
  const set = (key: keyof PlacementDraft) => (e: ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: key === 'currency' ? e.target.value.toUpperCase() : e.target.value });

  const rateMinor = toMinor(draft.rate, draft.currency);
  const endBeforeStart = !!draft.endDate && draft.endDate < draft.startDate;
  const reasonMissing = !placing && !reason.trim();
  const placementInvalid =
    placing && (!DAY.test(draft.startDate) || (!!draft.endDate && !DAY.test(draft.endDate)) || endBeforeStart || rateMinor === null || rateMinor < 0 || !CURRENCY.test(draft.currency));

  const confirm = async () => {
    await runBusy(async () => {
      if (placing && rateMinor !== null) {
        await onConfirm({
          placement: { startDate: draft.startDate, endDate: draft.endDate || null, rateMinor, currency: draft.currency },
          ...(closeOthers ? { closeOthersReason: closeReason.trim() } : {}),
        });
      } else {
        await onConfirm({ reason: reason.trim() });
      }
    });
  };

  const title = (TITLES[request.stage] ?? ((name: string) => `Move ${name}`))(request.candidateName);
  return (
    <Dialog open onClose={busy ? undefined : onCancel} fullWidth maxWidth="sm" aria-labelledby="move-match-title">
      <DialogTitle id="move-match-title">{title}</DialogTitle>
      <DialogContent>
        {placing ? (
          <>
            <DialogContentText>
              Placing creates the placement, fills the role, marks its gap addressed and books the candidate&apos;s allocation for these dates. It cannot be undone.
            </DialogContentText>
            <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} sx={{ mt: 2 }}>
              <TextField
                label="Start date"
                type="date"
                required
                value={draft.startDate}
                onChange={set('startDate')}
                slotProps={{ inputLabel: { shrink: true } }}
                fullWidth
              />
              <TextField
                label="End date"
                type="date"
                value={draft.endDate}
                onChange={set('endDate')}
                error={endBeforeStart}
                helperText={endBeforeStart ? 'The end comes before the start.' : 'Empty for an open-ended or permanent placement.'}
                slotProps={{ inputLabel: { shrink: true } }}
                fullWidth
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} sx={{ mt: 2 }}>
              <TextField
                label="Rate"
                type="number"
                required
                value={draft.rate}
                onChange={set('rate')}
                helperText="Day rate (yearly salary for a permanent role), in major units."
                slotProps={{ htmlInput: { min: 0, step: 'any' } }}
                fullWidth
              />
              <TextField
                label="Currency"
                required
                value={draft.currency}
                onChange={set('currency')}
                error={!CURRENCY.test(draft.currency)}
                helperText="ISO code, e.g. EUR"
                slotProps={{ htmlInput: { maxLength: 3 } }}
                sx={{ maxWidth: { sm: 140 } }}
              />
            </Stack>
            {others > 0 && (
              <Stack sx={{ mt: 2 }}>
                <FormControlLabel
                  control={<Checkbox checked={closeOthers} onChange={(e) => setCloseOthers(e.target.checked)} />}
                  label={`Also close the ${others === 1 ? 'other open match' : `${others} other open matches`} of this role (rejected, with the reason below)`}
                />
                {closeOthers && (
                  <TextField
                    fullWidth
                    multiline
                    minRows={2}
                    required
                    label="Reason for closing the others"
                    value={closeReason}
                    onChange={(e) => setCloseReason(e.target.value)}
                    error={closeReasonMissing}
                    helperText={closeReasonMissing ? 'Say why, for each closed match’s history.' : 'Recorded on each closed match.'}
                    slotProps={{ htmlInput: { maxLength: 1000 } }}
                  />
                )}
              </Stack>
            )}
          </>
        ) : (
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            margin="normal"
            required
            label="Reason"
            helperText="Why, for the match's history."
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <ProgressButton busy={busy} variant="contained" color={placing ? 'success' : 'error'} disabled={placementInvalid || reasonMissing || closeReasonMissing} onClick={() => void confirm()}>
          {placing ? 'Place' : request.stage === MatchStage.WITHDRAWN ? 'Withdraw' : 'Reject'}
        </ProgressButton>
      </DialogActions>
    </Dialog>
  );
};
