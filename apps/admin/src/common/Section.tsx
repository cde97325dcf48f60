import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled block of a show or edit page, full width (unlike SimpleShowLayout's inline rows). */
export const Section = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => (
  <Box component="section" aria-label={title} sx={{ px: 2, py: 1.5, width: '100%', boxSizing: 'border-box' }}>
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
      <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
        {title}
      </Typography>
      {action}
    </Box>
    {children}
  </Box>
);
