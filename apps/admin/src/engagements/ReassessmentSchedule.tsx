import { Alert, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { REASSESS_EVERY_DAYS } from '@orchestra/shared';
import { useState } from 'react';
import { Confirm, useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { formatDate } from '../common/DateField';
import { newIdempotencyKey } from '../common/idempotency';
import { ProgressButton } from '../common/ProgressButton';
import { Section } from '../common/Section';
import { useBusy } from '../common/useBusy';
import { request } from '../providers/client';
import { ClearReassessmentScheduleDocument, SetReassessmentScheduleDocument } from './api';

interface ScheduleRecord {
  id: string;
  reassessEveryDays?: number | null;
  reassessOnClose?: boolean;
  reassessNextDueAt?: string | null;
}

/** "Every 90 days (next drafted on 3 March 2027) and when the engagement closes" / "Not scheduled". */
export function scheduleText(r: ScheduleRecord): string {
  const parts: string[] = [];
  if (r.reassessEveryDays) parts.push(`Every ${r.reassessEveryDays} days${r.reassessNextDueAt ? ` (next drafted on ${formatDate(r.reassessNextDueAt)})` : ''}`);
  if (r.reassessOnClose) parts.push(parts.length ? 'when the engagement closes' : 'When the engagement closes');
  return parts.length ? parts.join(' and ') : 'Not scheduled';
}

/**
 * The engagement's re-assessment schedule: how often the next assessment is drafted from the last
 * scored one (same questionnaire, targets and invitees) and whether closing drafts one; the owner
 * is told to review and open each draft.
 */
export const ReassessmentSchedule = () => {
  const record = useRecordContext<ScheduleRecord>();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'Engagement', action: 'edit' });
  const notify = useNotify();
  const refresh = useRefresh();
  const { busy, run } = useBusy();
  const [days, setDays] = useState<string>(String(record?.reassessEveryDays ?? REASSESS_EVERY_DAYS.default));
  const [onClose, setOnClose] = useState<boolean>(record?.reassessOnClose ?? false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!record) return null;
  const scheduled = !!record.reassessEveryDays || !!record.reassessOnClose;
  const n = Number(days);
  const badDays = days !== '' && (!Number.isInteger(n) || n < REASSESS_EVERY_DAYS.min || n > REASSESS_EVERY_DAYS.max);

  const send = (action: () => Promise<unknown>, done: string) =>
    run(async () => {
      setFailure(null);
      try {
        await action();
        notify(done, { type: 'success' });
        refresh();
      } catch (error) {
        setFailure(error instanceof Error ? error.message : 'The schedule could not be saved.');
      }
    });
  const save = () =>
    send(
      () => request(SetReassessmentScheduleDocument, { engagementId: record.id, everyDays: days === '' ? null : n, onClose, idempotencyKey: newIdempotencyKey() }),
      'Re-assessment scheduled.',
    );
  const clear = () =>
    send(async () => {
      await request(ClearReassessmentScheduleDocument, { engagementId: record.id, idempotencyKey: newIdempotencyKey() });
      setConfirming(false);
    }, 'Re-assessment schedule removed.');

  return (
    <Section title="Re-assessment">
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="reassessment-schedule">
        {scheduleText(record)}
      </Typography>
      {canEdit && (
        <Stack gap={1} sx={{ alignItems: 'flex-start' }}>
          <Typography variant="body2" color="text.secondary">
            Each re-assessment is drafted from the last scored one with the same questionnaire, targets and invitees; you review it and open it.
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          <Stack direction="row" gap={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              size="small"
              type="number"
              label="Every (days)"
              value={days}
              onChange={(e) => setDays(e.target.value)}
              error={badDays}
              helperText={badDays ? `From ${REASSESS_EVERY_DAYS.min} to ${REASSESS_EVERY_DAYS.max} days, or empty for only on close.` : 'Counted from the last assessment’s close.'}
              slotProps={{ htmlInput: { min: REASSESS_EVERY_DAYS.min, max: REASSESS_EVERY_DAYS.max } }}
              sx={{ width: 220 }}
            />
            <FormControlLabel control={<Checkbox checked={onClose} onChange={(e) => setOnClose(e.target.checked)} />} label="Also when the engagement closes" />
          </Stack>
          <Stack direction="row" gap={1}>
            <ProgressButton busy={busy} variant="contained" disabled={badDays || (days === '' && !onClose)} onClick={() => void save()}>
              {scheduled ? 'Save schedule' : 'Schedule re-assessment'}
            </ProgressButton>
            {scheduled && (
              <Button color="error" disabled={busy} onClick={() => setConfirming(true)}>
                Stop re-assessing
              </Button>
            )}
          </Stack>
          <Confirm
            isOpen={confirming}
            loading={busy}
            title="Stop re-assessing this engagement?"
            content="The next draft will not be made. Assessments already drafted stay as they are."
            confirm="Stop re-assessing"
            onConfirm={() => void clear()}
            onClose={() => setConfirming(false)}
          />
        </Stack>
      )}
    </Section>
  );
};
