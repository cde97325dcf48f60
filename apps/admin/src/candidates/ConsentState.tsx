import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { enumLabel } from '@orchestra/shared';
import { formatDate } from '../reports/format';
import { CONSENT_WARNING_DAYS, daysUntil, type CandidateRecord } from './candidateFields';
import { plural } from '../common/plural';

/** The warning for consent that has ended or ends within 30 days, or null. */
export function consentWarning(candidate: Pick<CandidateRecord, 'consentValid' | 'consentExpiresAt' | 'consentGivenAt'>, now: number = Date.now()): string | null {
  const days = daysUntil(candidate.consentExpiresAt, now);
  if (days !== null && days < 0) return `Consent expired on ${formatDate(candidate.consentExpiresAt)}: the candidate is left out of every ranking until it is renewed.`;
  if (days !== null && days <= CONSENT_WARNING_DAYS)
    return `Consent expires ${days === 0 ? 'today' : `in ${plural(days, 'day')}`} (${formatDate(candidate.consentExpiresAt)}): ask the candidate to renew it.`;
  if (!candidate.consentValid) return candidate.consentGivenAt ? 'Consent is not valid: the candidate is left out of every ranking.' : 'No consent recorded: the candidate is left out of every ranking.';
  return null;
}

/** Basis, dates and validity of the consent, with the expiry warning. */
export const ConsentState = () => {
  const candidate = useRecordContext<CandidateRecord>();
  if (!candidate) return null;
  const warning = consentWarning(candidate);
  return (
    <Stack gap={1}>
      <Stack direction="row" gap={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={candidate.consentValid ? 'success' : 'error'} label={candidate.consentValid ? 'Consent valid' : 'Consent not valid'} />
        <Typography variant="body2">
          {enumLabel('ConsentBasis', candidate.consentBasis)} · given {formatDate(candidate.consentGivenAt)} · expires {formatDate(candidate.consentExpiresAt)}
        </Typography>
      </Stack>
      {warning && (
        <Alert severity={candidate.consentValid ? 'warning' : 'error'} data-testid="consent-warning">
          {warning}
        </Alert>
      )}
    </Stack>
  );
};
