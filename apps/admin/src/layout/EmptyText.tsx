import { Typography } from '@mui/material';

/** What an empty list or a not-yet-built tab says instead of showing nothing. */
export const EmptyText = ({ children }: { children: string }) => (
  <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
    {children}
  </Typography>
);
