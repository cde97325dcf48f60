import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import { Box, Button, CircularProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { SaveState } from './autosave';
import { formatDateTime, formatTime } from './format';

/**
 * Where the answers are: always visible while answering, announced politely to screen readers.
 * "Retry now" is a courtesy: retries happen by themselves. Why a save was refused is shown by the
 * page, where there is room for the message.
 */
export const SaveStatus = ({ state, onRetry }: { state: SaveState; onRetry: () => void }) => {
  let icon: ReactNode = null;
  let text: ReactNode = null;
  let color = 'text.secondary';
  let action: ReactNode = null;
  switch (state.kind) {
    case 'idle':
      if (state.savedAt) {
        icon = <CheckCircleOutlineIcon fontSize="small" />;
        // The date only where the header has room for it (and the client's name).
        text = (
          <>
            Draft saved
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {' '}
              {formatDateTime(state.savedAt)}
            </Box>
          </>
        );
      }
      break;
    case 'saving':
      icon = <CircularProgress size={14} color="inherit" />;
      text = 'Saving…';
      break;
    case 'saved':
      icon = <CheckCircleOutlineIcon fontSize="small" color="success" />;
      text = `Saved ${formatTime(state.savedAt)}`;
      break;
    case 'retrying':
      icon = <CloudOffIcon fontSize="small" />;
      text = 'Not saved — retrying';
      color = 'warning.dark';
      action = (
        // Hidden on a phone, where the header has no room: retries happen anyway.
        <Button size="small" onClick={onRetry} sx={{ minHeight: 44, ml: 0.5, display: { xs: 'none', sm: 'inline-flex' } }}>
          Retry now
        </Button>
      );
      break;
    case 'rejected':
      icon = <ErrorOutlineIcon fontSize="small" />;
      text = 'Not saved';
      color = 'error.main';
      break;
  }
  const line = (
    <Typography component="span" variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, color, whiteSpace: 'nowrap' }}>
      {icon}
      {text}
    </Typography>
  );
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
      {line}
      {action}
    </Box>
  );
};
