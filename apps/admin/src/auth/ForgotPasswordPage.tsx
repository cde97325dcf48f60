import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { Alert, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { ErrorCode } from '@orchestra/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-admin';
import { graphql } from '../gql';
import { request } from '../providers/client';
import { errorCodeOf, fieldProblemsOf } from '../providers/graphql';
import { AuthCard } from './AuthCard';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** A light check before asking the API, which checks again: something@something. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * "Forgot password?" from the sign-in page (`/#/forgot-password`), without signing in. The answer
 * is the same whether or not the address has an account: the API never says, so neither does this.
 */
export const ForgotPasswordPage = () => {
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Reset your password · Orchestra';
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    setFailure(null);
    if (!LOOKS_LIKE_EMAIL.test(address)) {
      setProblem('Type the e-mail address you sign in with, such as name@example.com.');
      return;
    }
    setProblem(null);
    setSubmitting(true);
    try {
      await request(RequestPasswordResetDocument, { email: address }, { anonymous: true });
      setSentTo(address);
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT && fields['email']) setProblem(`The e-mail ${fields['email']}.`);
      else setFailure(error instanceof Error ? error.message : 'Something went wrong: try again.');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthCard icon={<MailOutlineIcon />} title="Reset your password">
      {sentTo ? (
        <>
          <Alert severity="success">
            If {sentTo} belongs to an active account, an e-mail with a link to choose a new password is on its way. The link works once, within an
            hour.
          </Alert>
          <Typography variant="body2" color="text.secondary">
            Nothing after a few minutes? Check the spam folder and the address, or ask an administrator.
          </Typography>
          <Button component={Link} to="/login" variant="contained" size="large" fullWidth>
            Back to sign in
          </Button>
        </>
      ) : (
        <Stack component="form" onSubmit={submit} noValidate spacing={2}>
          <Typography variant="body2" color="text.secondary">
            Type the e-mail address you sign in with. We will send it a link to choose a new password.
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          <TextField
            label="E-mail"
            name="email"
            type="email"
            autoComplete="username"
            autoFocus
            required
            fullWidth
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={Boolean(problem)}
            helperText={problem ?? ' '}
            slotProps={{ htmlInput: { maxLength: 320 } }}
          />
          <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting}>
            {submitting ? <CircularProgress size={24} color="inherit" /> : 'Send the link'}
          </Button>
          <Button component={Link} to="/login" size="small">
            Remembered it? Sign in
          </Button>
        </Stack>
      )}
    </AuthCard>
  );
};
