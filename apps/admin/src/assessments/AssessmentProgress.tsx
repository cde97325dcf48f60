import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { enumLabel } from '@orchestra/shared';
import type { AssessmentProgress as ProgressFields } from '../gql/schema';

type Progress = Pick<ProgressFields, 'invited' | 'started' | 'submitted' | 'byRole'>;

const Bar = ({ label, submitted, invited }: { label: string; submitted: number; invited: number }) => (
  <Box>
    <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
      <Typography variant="body2">{label}</Typography>
      <Typography variant="body2" color="text.secondary">
        {submitted} / {invited} submitted
      </Typography>
    </Stack>
    <LinearProgress variant="determinate" value={invited ? (submitted / invited) * 100 : 0} aria-label={`${label}: ${submitted} of ${invited} submitted`} />
  </Box>
);

/** Responses so far, overall and per respondent role (refreshed while the assessment is open). */
export const AssessmentProgress = () => {
  const record = useRecordContext<{ progress?: Progress }>();
  const p = record?.progress;
  if (!p) return null;
  if (!p.invited) return <Typography color="text.secondary">Nobody is invited yet: add invitations before opening.</Typography>;
  return (
    <Stack gap={1.5} sx={{ width: '100%', maxWidth: 520 }}>
      <Bar label="Everyone" submitted={p.submitted} invited={p.invited} />
      {p.started > 0 && (
        <Typography variant="caption" color="text.secondary">
          {p.started} started and saved a draft.
        </Typography>
      )}
      {p.byRole.map((r) => (
        <Bar key={r.respondentRole} label={enumLabel('RespondentRole', r.respondentRole)} submitted={r.submitted} invited={r.invited} />
      ))}
    </Stack>
  );
};
