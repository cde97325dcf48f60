import EventBusyIcon from '@mui/icons-material/EventBusy';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import WifiOffIcon from '@mui/icons-material/WifiOff';
import { Box, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { LinkProblem } from './api';

type Problem = Exclude<LinkProblem, 'SUBMITTED'>;

/** What happened and what the respondent can do about it, in plain words: no codes, no stack. */
const COPY: Record<Problem, { icon: ReactNode; title: string; body: string; retry?: boolean }> = {
  UNKNOWN: {
    icon: <LinkOffIcon />,
    title: 'This link doesn’t work',
    body: 'It may have been replaced by a newer invitation, or only part of it was copied. Open the link in your most recent invitation e-mail. If that doesn’t work either, ask the consultant who invited you for a new one.',
  },
  EXPIRED: {
    icon: <EventBusyIcon />,
    title: 'This link has expired',
    body: 'Invitation links stop working some time after the due date. Ask the consultant who invited you to send a new one: any answers you saved are kept.',
  },
  CLOSED: {
    icon: <LockOutlinedIcon />,
    title: 'This assessment is closed',
    body: 'Answers are no longer being collected for it. If you think this is a mistake, contact the consultant who invited you.',
  },
  RATE_LIMITED: {
    icon: <HourglassTopIcon />,
    title: 'Please wait a moment',
    body: 'There have been a lot of requests from this link or this network in a short time. Wait a minute, then try again.',
    retry: true,
  },
  NETWORK: {
    icon: <WifiOffIcon />,
    title: 'We can’t reach Orchestra',
    body: 'Check your internet connection, then try again.',
    retry: true,
  },
  ERROR: {
    icon: <ReportProblemOutlinedIcon />,
    title: 'Something went wrong on our side',
    body: 'Please try again in a few minutes. If it keeps happening, let the consultant who invited you know.',
    retry: true,
  },
};

export const LinkProblemPage = ({ problem, onRetry }: { problem: Problem; onRetry?: () => void }) => {
  const { icon, title, body, retry } = COPY[problem];
  return (
    <Stack spacing={2.5} sx={{ alignItems: 'flex-start' }} data-problem={problem}>
      <Box aria-hidden sx={{ color: 'text.secondary', '& svg': { fontSize: 48 } }}>
        {icon}
      </Box>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2rem' } }}>
        {title}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ maxWidth: 560 }}>
        {body}
      </Typography>
      {retry && onRetry && (
        <Button variant="contained" size="large" onClick={onRetry} sx={{ minHeight: 48 }}>
          Try again
        </Button>
      )}
    </Stack>
  );
};
