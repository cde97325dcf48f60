import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One labelled fact of a record's summary (a `<dt>`/`<dd>` pair), laid out in a wrapping row. */
export const Fact = ({ label, children, minWidth = 140 }: { label: string; children: ReactNode; minWidth?: number }) => (
  <Box sx={{ minWidth }}>
    <Typography component="dt" variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="body2" sx={{ m: 0 }}>
      {children}
    </Typography>
  </Box>
);
