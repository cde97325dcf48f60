import VisibilityOffOutlinedIcon from '@mui/icons-material/VisibilityOffOutlined';
import { Alert, AlertTitle, Box, Chip, Stack, Typography } from '@mui/material';
import { Disclosure, RESPONDENT_ROLE_LABELS } from '@orchestra/shared';
import type { ReportDisclosure } from './api';

const OUTCOME: Record<Disclosure, { label: string; colour: 'default' | 'warning' | 'error' }> = {
  SHOWN: { label: 'Shown', colour: 'default' },
  MERGED: { label: 'Merged', colour: 'warning' },
  HIDDEN: { label: 'Hidden', colour: 'error' },
};

/**
 * What the anonymity rule does to this report before the client reads it: per seat, shown on its
 * own, merged into "Other roles" or hidden, and why. Staff see it on the report and when publishing;
 * the client reads only the summary.
 */
export const DisclosureNotice = ({ disclosure, staff }: { disclosure: ReportDisclosure; staff: boolean }) => {
  const changed = disclosure.seats.filter((s) => s.outcome !== Disclosure.SHOWN);
  if (!staff) {
    return (
      <Typography variant="body2" color="text.secondary">
        {disclosure.summary}
      </Typography>
    );
  }
  return (
    <Alert severity={disclosure.publishable ? (changed.length ? 'warning' : 'info') : 'error'} icon={<VisibilityOffOutlinedIcon />}>
      <AlertTitle>What the client will see (anonymity threshold {disclosure.threshold})</AlertTitle>
      <Typography variant="body2">{disclosure.summary}</Typography>
      {changed.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 0, listStyle: 'none', display: 'grid', gap: 0.75 }}>
          {changed.map((s) => (
            <Stack component="li" key={s.respondentRole} direction="row" gap={1} sx={{ alignItems: 'baseline' }}>
              <Chip size="small" color={OUTCOME[s.outcome].colour} label={OUTCOME[s.outcome].label} />
              <Typography variant="body2">
                <strong>{RESPONDENT_ROLE_LABELS[s.respondentRole]}</strong> — {s.reason}
              </Typography>
            </Stack>
          ))}
        </Box>
      )}
    </Alert>
  );
};
