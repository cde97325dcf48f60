import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { unansweredByArea, type AnswerMap } from './answers';
import type { RespondentArea } from './api';
import { ProgressHeader } from './AreaStep';
import { plural } from '../common/plural';

export interface ReviewStepProps {
  areas: RespondentArea[];
  answers: AnswerMap;
  answered: number;
  total: number;
  onJump: (areaIndex: number) => void;
  onBack: () => void;
  onSubmit: () => void;
  submitting: boolean;
  /** Why the last submit failed, in words for the respondent. */
  submitError: string | null;
}

/**
 * Before submitting: what is still unanswered, area by area, with a way back to each. Leaving
 * questions out is allowed (an honest gap beats a guess), so this informs, it does not block.
 */
export const ReviewStep = ({ areas, answers, answered, total, onJump, onBack, onSubmit, submitting, submitError }: ReviewStepProps) => {
  const [confirming, setConfirming] = useState(false);
  const unanswered = unansweredByArea(areas, answers);
  const missing = total - answered;

  return (
    <Stack spacing={3}>
      <ProgressHeader answered={answered} total={total} areaCount={areas.length} />
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2rem' } }}>
          Review and submit
        </Typography>
        <Typography variant="body1" sx={{ mt: 1 }}>
          You have answered {answered} of {plural(total, 'question')}.
        </Typography>
      </Box>

      {missing === 0 ? (
        <Alert severity="success">Every question has an answer. When you are happy with them, submit.</Alert>
      ) : (
        <Stack spacing={2}>
          <Typography variant="body1" color="text.secondary">
            {plural(missing, 'question is', 'questions are')} still unanswered. You can go back to them, or submit as you are: leaving a question out is better than
            guessing.
          </Typography>
          {unanswered.map(({ area, areaIndex, questions }) => (
            <Paper key={area.id} variant="outlined" component="section" aria-labelledby={`review-${area.id}`} sx={{ p: { xs: 2, sm: 2.5 }, borderRadius: 2 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
                <Typography id={`review-${area.id}`} variant="subtitle1" component="h2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {area.name}{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    ({plural(questions.length, 'unanswered question')})
                  </Typography>
                </Typography>
                <Button startIcon={<EditOutlinedIcon />} onClick={() => onJump(areaIndex)} sx={{ minHeight: 44 }} aria-label={`Answer in ${area.name}`}>
                  Answer
                </Button>
              </Box>
              <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5, display: 'grid', gap: 0.75 }}>
                {questions.map((q) => (
                  <Typography component="li" variant="body2" key={q.id} sx={{ overflowWrap: 'anywhere' }}>
                    {q.prompt}
                  </Typography>
                ))}
              </Box>
            </Paper>
          ))}
        </Stack>
      )}

      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, pt: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" size="large" startIcon={<ArrowBackIcon />} onClick={onBack} sx={{ minHeight: 48 }}>
          Back
        </Button>
        <Button variant="contained" size="large" endIcon={<SendIcon />} onClick={() => setConfirming(true)} sx={{ minHeight: 48 }}>
          Submit answers
        </Button>
      </Box>

      <Dialog open={confirming} onClose={() => !submitting && setConfirming(false)} aria-labelledby="submit-title" aria-describedby="submit-text" fullWidth maxWidth="xs">
        <DialogTitle id="submit-title">Submit your answers?</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText id="submit-text">
              Once submitted, your answers cannot be changed.
              {missing > 0 && ` ${plural(missing, 'question stays', 'questions stay')} unanswered.`}
            </DialogContentText>
            {submitError && <Alert severity="error">{submitError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, gap: 1, flexWrap: 'wrap' }}>
          <Button onClick={() => setConfirming(false)} disabled={submitting} sx={{ minHeight: 44 }}>
            Keep editing
          </Button>
          <Button variant="contained" onClick={onSubmit} disabled={submitting} sx={{ minHeight: 44, minWidth: 120 }}>
            {submitting ? <CircularProgress size={22} color="inherit" aria-label="Submitting" /> : submitError ? 'Try again' : 'Submit'}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
