import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import EventIcon from '@mui/icons-material/Event';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { RespondentInvitation } from './api';
import { formatDay, rolePhrase } from './format';
import { plural } from '../common/plural';

const Fact = ({ icon, children }: { icon: ReactNode; children: ReactNode }) => (
  <Box component="li" sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
    <Box aria-hidden sx={{ color: 'primary.main', display: 'flex', pt: 0.25 }}>
      {icon}
    </Box>
    <Typography variant="body1">{children}</Typography>
  </Box>
);

/**
 * What this is, who asks, what for, how long it takes and by when — then one button. A returning
 * respondent is told their answers are waiting.
 */
export const WelcomeStep = ({ invitation, answered, onStart, onStartOver }: { invitation: RespondentInvitation; answered: number; onStart: () => void; onStartOver: () => void }) => {
  const { respondentName, clientName, engagementTitle, assessmentTitle, purpose, instructions, estimatedMinutes, questionCount, dueDate, areas, anonymityThreshold } = invitation;
  const role = rolePhrase(invitation.respondentRole);
  const resuming = answered > 0;
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="overline" component="p" color="text.secondary" sx={{ lineHeight: 1.6, overflowWrap: 'anywhere' }}>
          {clientName} · {engagementTitle}
        </Typography>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.125rem' }, overflowWrap: 'anywhere' }}>
          {assessmentTitle}
        </Typography>
      </Box>

      <Typography variant="body1">
        {respondentName ? `Hello ${respondentName}, thank you` : 'Thank you'} for taking part. {clientName} is working with us on “{engagementTitle}”,
        and your view{role ? ` as ${role}` : ''} matters.
      </Typography>

      {purpose && (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, borderRadius: 2 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            About this assessment
          </Typography>
          <Typography variant="body1" sx={{ whiteSpace: 'pre-line' }}>
            {purpose}
          </Typography>
          {instructions && (
            <Typography variant="body1" color="text.secondary" sx={{ whiteSpace: 'pre-line', mt: 1.5 }}>
              {instructions}
            </Typography>
          )}
        </Paper>
      )}

      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
        <Fact icon={<ScheduleIcon />}>
          About {plural(estimatedMinutes, 'minute')}: {plural(questionCount, 'question')} in {plural(areas.length, 'area')}, one area at a time.
        </Fact>
        <Fact icon={<EventIcon />}>Please answer by {formatDay(dueDate)}.</Fact>
        <Fact icon={<LockOutlinedIcon />}>
          Your answers stay anonymous. {clientName} sees results only for groups of at least {anonymityThreshold} people, never by name; smaller groups
          are combined with others, and anything you write is shown without your role, with names and e-mail addresses removed.
        </Fact>
        <Fact icon={<SaveOutlinedIcon />}>
          Your answers save as you go. You can close this page and come back with the same link to carry on; nothing is final until you submit.
        </Fact>
      </Box>

      {resuming && (
        <Typography variant="body1" color="text.secondary">
          You have answered {answered} of {questionCount} so far.
        </Typography>
      )}

      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Button variant="contained" size="large" endIcon={<ArrowForwardIcon />} onClick={onStart} sx={{ minHeight: 48 }}>
          {resuming ? 'Continue where you left off' : 'Start'}
        </Button>
        {resuming && (
          <Button size="large" onClick={onStartOver} sx={{ minHeight: 48 }}>
            Go to the first area
          </Button>
        )}
      </Stack>
    </Stack>
  );
};
