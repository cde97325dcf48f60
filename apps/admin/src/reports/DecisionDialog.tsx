import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { RecommendationState, type RecommendationOption, enumLabel } from '@orchestra/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNotify } from 'react-admin';
import { newIdempotencyKey } from '../common/idempotency';
import { request as sendRequest } from '../providers/client';
import { AcceptRecommendationDocument, OverrideRecommendationDocument, RejectRecommendationDocument, reportQueryKey, type Recommendation, type ReportGap } from './api';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';

type DraftedRole = { id: string; title: string; status: string };

/** What the consultant is about to decide: one option (accept, reject) or, for a gap, another option than the first. */
export type DecisionRequest =
  | { kind: 'accept'; gap: ReportGap; recommendation: Recommendation }
  | { kind: 'reject'; gap: ReportGap; recommendation: Recommendation }
  | { kind: 'override'; gap: ReportGap };

const STAFFING: readonly string[] = ['AUGMENTATION', 'HIRE', 'SPECIALIST_TEAM'];

/** The options a consultant may choose over the ranking: still proposed, not the first. */
export const overridable = (gap: ReportGap): Recommendation[] =>
  gap.recommendations.filter((r) => r.rank > 1 && r.state === RecommendationState.PROPOSED);

function acceptConsequence(option: string): string {
  return STAFFING.includes(option)
    ? 'A decision record is written on the engagement and the role(s) this option needs are drafted, for a recruiter to review and open for matching.'
    : 'A decision record is written on the engagement, with a follow-up date for the review.';
}

/**
 * Accept (optional note), reject (reason required) or choose another option (option and reason
 * required). Each goes to the API with its own idempotency key, then the report is fetched again.
 * Rendered only while a request is pending (keyed by it), so every decision starts empty.
 */
export const DecisionDialog = ({ request, assessmentId, onClose }: { request: DecisionRequest; assessmentId: string; onClose: () => void }) => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [noteToClient, setNoteToClient] = useState('');
  const [option, setOption] = useState<RecommendationOption | ''>('');
  const { busy, run: runBusy } = useBusy();
  const [drafted, setDrafted] = useState<DraftedRole[] | null>(null);
  const { gap } = request;
  const capability = `“${gap.capability.name}”`;
  const choices = request.kind === 'override' ? overridable(gap) : [];
  const top = gap.recommendations.find((r) => r.rank === 1);
  const reasonMissing = request.kind !== 'accept' && !text.trim();
  const optionMissing = request.kind === 'override' && !option;

  const submit = async () => {
    await runBusy(async () => {
      // One key per attempt: a request retried by the network acts once.
      const idempotencyKey = newIdempotencyKey();
      const toClient = noteToClient.trim() || null;
      try {
        let roles: DraftedRole[] = [];
        if (request.kind === 'accept') {
          const { acceptRecommendation } = await sendRequest(AcceptRecommendationDocument, { id: request.recommendation.id, note: text.trim() || null, noteToClient: toClient, idempotencyKey });
          roles = acceptRecommendation.draftedRoles ?? [];
          notify(`Accepted ${enumLabel('RecommendationOption', request.recommendation.option)} for ${capability}: it is in the decision log.`, { type: 'success' });
        } else if (request.kind === 'reject') {
          await sendRequest(RejectRecommendationDocument, { id: request.recommendation.id, reason: text.trim(), noteToClient: toClient, idempotencyKey });
          notify(`Rejected ${enumLabel('RecommendationOption', request.recommendation.option)} for ${capability}.`, { type: 'success' });
        } else if (option) {
          const { overrideRecommendation } = await sendRequest(OverrideRecommendationDocument, { gapId: gap.id, option, reason: text.trim(), noteToClient: toClient, idempotencyKey });
          roles = overrideRecommendation.draftedRoles ?? [];
          notify(`Chose ${enumLabel('RecommendationOption', option)} for ${capability} over the ranking.`, { type: 'success' });
        }
        await queryClient.invalidateQueries({ queryKey: reportQueryKey(assessmentId) });
        // Staffing options drafted roles: say which, and link to them, before closing.
        if (roles.length) setDrafted(roles);
        else onClose();
      } catch (error) {
        notify(error instanceof Error ? error.message : 'That did not work.', { type: 'error' });
      }
    });
  };

  const title =
    request.kind === 'accept'
      ? `Accept ${enumLabel('RecommendationOption', request.recommendation.option)} for ${capability}?`
      : request.kind === 'reject'
        ? `Reject ${enumLabel('RecommendationOption', request.recommendation.option)} for ${capability}?`
        : `Choose another option for ${capability}`;
  const confirmLabel = request.kind === 'accept' ? 'Accept' : request.kind === 'reject' ? 'Reject' : option ? `Choose ${enumLabel('RecommendationOption', option)}` : 'Choose';

  if (drafted) {
    return (
      <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="decision-title">
        <DialogTitle id="decision-title">{drafted.length === 1 ? 'A role was drafted' : `${drafted.length} roles were drafted`}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The decision is in the log. {drafted.length === 1 ? 'This role starts' : 'These roles start'} as drafts: a recruiter reviews {drafted.length === 1 ? 'it' : 'them'} and
            opens {drafted.length === 1 ? 'it' : 'them'} for matching.
          </DialogContentText>
          <Box component="ul" sx={{ mt: 1.5, mb: 0, pl: 2.5 }} aria-label="Drafted roles">
            {drafted.map((role) => (
              <li key={role.id}>
                <Link to={`/Role/${role.id}/show`} onClick={onClose}>
                  {role.title}
                </Link>{' '}
                ({enumLabel('RoleStatus', role.status).toLowerCase()})
              </li>
            ))}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onClose}>
            Done
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="decision-title">
      <DialogTitle id="decision-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {request.kind === 'accept' && acceptConsequence(request.recommendation.option)}
          {request.kind === 'reject' && 'Say why it does not fit: the reason goes into the decision log on the engagement.'}
          {request.kind === 'override' &&
            `The ranking puts ${top ? `${enumLabel('RecommendationOption', top.option)} first (score ${top.score})` : 'another option first'}. Choose the option you want instead and say why: it goes into the decision log and is acted on like an accept.`}
        </DialogContentText>
        {request.kind === 'override' && (
          <FormControl sx={{ mt: 2 }} required>
            <FormLabel id="override-option-label">Option</FormLabel>
            <RadioGroup aria-labelledby="override-option-label" value={option} onChange={(e) => setOption(e.target.value as RecommendationOption)}>
              {choices.map((r) => (
                <FormControlLabel key={r.id} value={r.option} control={<Radio />} label={`${enumLabel('RecommendationOption', r.option)} — ranked ${r.rank}, score ${r.score}`} />
              ))}
            </RadioGroup>
          </FormControl>
        )}
        <TextField
          autoFocus={request.kind !== 'override'}
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          label={request.kind === 'accept' ? 'Note (optional)' : 'Reason'}
          required={request.kind !== 'accept'}
          helperText={
            request.kind === 'accept'
              ? 'Why, for the decision log. Internal: the client never reads it.'
              : 'Required: it goes into the decision log. Internal: the client never reads it.'
          }
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
        <TextField
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          label="Note to the client (optional)"
          helperText="Shown to the client's people in the published report, beside this decision."
          value={noteToClient}
          onChange={(e) => setNoteToClient(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <ProgressButton
          busy={busy}
          variant="contained"
          color={request.kind === 'reject' ? 'error' : 'primary'}
          disabled={reasonMissing || optionMissing}
          onClick={() => void submit()}
        >
          {confirmLabel}
        </ProgressButton>
      </DialogActions>
    </Dialog>
  );
};
