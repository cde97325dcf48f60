import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Box, Button, Stack, Typography } from '@mui/material';
import { formatDateTime } from './format';

export interface ThankYouStepProps {
  respondentName?: string | null;
  clientName?: string;
  assessmentTitle?: string;
  submittedAt?: string | null;
  /** Shown when the questionnaire is at hand, to read the submitted answers back. */
  onViewAnswers?: () => void;
}

/** The end: submitted for good. Shown after submitting and whenever the link is opened again. */
export const ThankYouStep = ({ respondentName, clientName, assessmentTitle, submittedAt, onViewAnswers }: ThankYouStepProps) => (
  <Stack spacing={3} sx={{ alignItems: 'flex-start' }}>
    <CheckCircleIcon aria-hidden sx={{ fontSize: 56, color: 'success.main' }} />
    <Box>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.125rem' } }}>
        Thank you{respondentName ? `, ${respondentName}` : ''}
      </Typography>
      <Typography variant="body1" sx={{ mt: 1.5 }}>
        Your answers{assessmentTitle ? ` to “${assessmentTitle}”` : ''} have been submitted{submittedAt ? ` (${formatDateTime(submittedAt)})` : ''}. They can no longer
        be changed.
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mt: 1.5 }}>
        Your consultant brings everyone’s answers together into a picture of where {clientName ?? 'your organisation'} stands and what would help most. There is
        nothing more to do: you can close this page.
      </Typography>
    </Box>
    {onViewAnswers && (
      <Button variant="outlined" size="large" onClick={onViewAnswers} sx={{ minHeight: 48 }}>
        Look over your answers
      </Button>
    )}
  </Stack>
);
