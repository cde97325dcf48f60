import LockResetIcon from '@mui/icons-material/LockReset';
import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@orchestra/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-admin';
import { graphql } from '../gql';
import { request } from '../providers/client';
import { errorCodeOf, fieldProblemsOf } from '../providers/graphql';
import { AuthCard } from './AuthCard';

const SetPasswordDocument = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password)
  }
`);

interface Problems {
  password?: string;
  confirm?: string;
  /** Not about one field: a bad link, a network failure… */
  form?: string;
}

/**
 * Opened from the set-password e-mail (`/#/set-password?token=…`), without signing in: the
 * route is a no-layout custom route, which react-admin renders whatever the auth state.
 */
export const SetPasswordPage = () => {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const token = params.get('token')?.trim() ?? '';
  /** Opened from a "Forgot password?" e-mail rather than an invitation. */
  const reset = params.get('reset') === '1';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    document.title = `${reset ? 'Choose a new password' : 'Set your password'} · Orchestra`;
  }, [reset]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problems = {};
    const problem = passwordProblem(password);
    if (problem) found.password = `The password ${problem}.`;
    else if (confirm !== password) found.confirm = 'The two passwords differ: type the same password twice.';
    setProblems(found);
    if (found.password || found.confirm) return;
    setSubmitting(true);
    try {
      await request(SetPasswordDocument, { token, password }, { anonymous: true });
      setDone(true);
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT && (fields['password'] || fields['token'])) {
        setProblems({
          password: fields['password'] ? `The password ${fields['password']}.` : undefined,
          form: fields['token'] ? `This link ${fields['token']}.` : undefined,
        });
      } else {
        setProblems({ form: error instanceof Error ? error.message : 'Something went wrong: try again.' });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthCard icon={<LockResetIcon />} title={reset ? 'Choose a new password' : 'Set your password'}>
      {done ? (
        <>
          <Alert severity="success">
            {reset ? 'Your new password is set, and any other sign-ins have ended.' : 'Your password is set.'} Sign in with your e-mail and the new
            password.
          </Alert>
          <Button component={Link} to="/login" variant="contained" size="large" fullWidth>
            Go to sign in
          </Button>
        </>
      ) : !token ? (
        <>
          <Alert severity="error">
            This link has no token. Open the link from your e-mail again, or ask for a new one with “Forgot password?”.
          </Alert>
          <Button component={Link} to="/login" fullWidth>
            Go to sign in
          </Button>
        </>
      ) : (
        <Box component="form" onSubmit={submit} noValidate>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              Choose a password of {PASSWORD_MIN_LENGTH} to {PASSWORD_MAX_LENGTH} characters. A long phrase is easier to
              remember than a short jumble.
            </Typography>
            {problems.form && <Alert severity="error">{problems.form}</Alert>}
            <TextField
              label="New password"
              name="password"
              type="password"
              autoComplete="new-password"
              autoFocus
              required
              fullWidth
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={Boolean(problems.password)}
              helperText={problems.password ?? `At least ${PASSWORD_MIN_LENGTH} characters.`}
              slotProps={{ htmlInput: { maxLength: PASSWORD_MAX_LENGTH } }}
            />
            <TextField
              label="Repeat the password"
              name="confirm"
              type="password"
              autoComplete="new-password"
              required
              fullWidth
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              error={Boolean(problems.confirm)}
              helperText={problems.confirm ?? ' '}
              slotProps={{ htmlInput: { maxLength: PASSWORD_MAX_LENGTH } }}
            />
            <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting}>
              {submitting ? <CircularProgress size={24} color="inherit" /> : 'Set password'}
            </Button>
            {problems.form && (
              <Button component={Link} to="/forgot-password" size="small">
                Get a new link
              </Button>
            )}
            <Button component={Link} to="/login" size="small">
              {reset ? 'Remembered it? Sign in' : 'Already have a password? Sign in'}
            </Button>
          </Stack>
        </Box>
      )}
    </AuthCard>
  );
};
