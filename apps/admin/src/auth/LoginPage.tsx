import { Alert, Box, Link as MuiLink, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Login, LoginForm, PasswordInput, required, TextInput } from 'react-admin';
import { getSignOutReason } from '../providers/authProvider';

/**
 * react-admin's login page, asking for an e-mail, and saying why a session ended. Once it is on
 * screen and the browser is idle, `preload` fetches the screens signing in leads to.
 */
export const LoginPage = ({ preload }: { preload?: () => void }) => {
  const [reason] = useState(getSignOutReason);
  useEffect(() => {
    if (!preload) return;
    // Safari has no requestIdleCallback: a short timeout is the fallback.
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(preload, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(preload, 200);
    return () => clearTimeout(id);
  }, [preload]);
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2, pb: 1 }}>
        <Typography variant="h5" component="h1">
          Orchestra
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Capability assessments, gaps and the people who close them
        </Typography>
      </Box>
      {reason && (
        <Alert severity="info" sx={{ mx: 2, mt: 2, maxWidth: 300 }}>
          {reason}
        </Alert>
      )}
      <LoginForm>
        <TextInput
          autoFocus
          source="username"
          label="E-mail"
          type="email"
          autoComplete="username"
          validate={required()}
        />
        <PasswordInput source="password" label="Password" autoComplete="current-password" validate={required()} />
      </LoginForm>
      <Box sx={{ textAlign: 'center', pb: 2 }}>
        <MuiLink component={Link} to="/forgot-password" variant="body2">
          Forgot password?
        </MuiLink>
      </Box>
    </Login>
  );
};
