import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The readable column: wide enough for a question and its options, narrow enough to read. */
export const COLUMN_WIDTH = 760;

/**
 * The respondent's own frame (outside the admin layout): a quiet header with the brand and the
 * client, sticky so the save state stays in sight on a phone, and one centred column.
 */
export const RespondShell = ({ clientName, status, children }: { clientName?: string; status?: ReactNode; children: ReactNode }) => (
  // `clip`, not `hidden`: a guard against sideways scrolling that leaves the sticky header working.
  <Box sx={{ minHeight: '100dvh', bgcolor: 'background.default', color: 'text.primary', overflowX: 'clip' }}>
    <Box
      component="header"
      sx={{ position: 'sticky', top: 0, zIndex: 'appBar', bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' }}
    >
      <Box sx={{ maxWidth: COLUMN_WIDTH, mx: 'auto', px: { xs: 2, sm: 3 }, py: 1.25, display: 'flex', alignItems: 'center', gap: 1.5, minHeight: 56 }}>
        <Box
          aria-hidden
          sx={{
            width: 32,
            height: 32,
            flexShrink: 0,
            borderRadius: 1.5,
            bgcolor: 'primary.main',
            color: 'primary.contrastText',
            display: 'grid',
            placeItems: 'center',
            fontWeight: 700,
          }}
        >
          O
        </Box>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography component="p" variant="subtitle2" sx={{ fontWeight: 700, letterSpacing: '0.04em', lineHeight: 1.3 }}>
            Orchestra
          </Typography>
          {clientName && (
            <Typography component="p" variant="body2" color="text.secondary" noWrap>
              for {clientName}
            </Typography>
          )}
        </Box>
        {status}
      </Box>
    </Box>
    <Box component="main" sx={{ maxWidth: COLUMN_WIDTH, mx: 'auto', px: { xs: 2, sm: 3 }, pt: { xs: 3, sm: 5 }, pb: { xs: 6, sm: 8 } }}>
      {children}
    </Box>
  </Box>
);
