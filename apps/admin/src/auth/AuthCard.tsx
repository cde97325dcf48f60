import { Avatar, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * The card of the pages a person reaches without signing in (set or reset a password, ask for a
 * reset link): centred, the product name over the page's title, then the content.
 */
export const AuthCard = ({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) => (
  <Box
    component="main"
    sx={{
      minHeight: '100dvh',
      display: 'flex',
      alignItems: { xs: 'flex-start', sm: 'center' },
      justifyContent: 'center',
      bgcolor: 'background.default',
      px: 2,
      py: { xs: 3, sm: 6 },
    }}
  >
    <Card sx={{ width: '100%', maxWidth: 420 }}>
      <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
        <Stack spacing={2} alignItems="stretch">
          <Stack direction="row" spacing={1.5} alignItems="center">
            <Avatar sx={{ bgcolor: 'secondary.main' }}>{icon}</Avatar>
            <Box>
              <Typography variant="overline" color="text.secondary" component="p" lineHeight={1.5}>
                Orchestra
              </Typography>
              <Typography variant="h5" component="h1">
                {title}
              </Typography>
            </Box>
          </Stack>
          {children}
        </Stack>
      </CardContent>
    </Card>
  </Box>
);
