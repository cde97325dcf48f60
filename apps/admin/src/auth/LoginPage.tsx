import { Alert } from '@mui/material';
import { useState } from 'react';
import { Login, LoginForm, PasswordInput, required, TextInput } from 'react-admin';
import { getSignOutReason } from '../providers/authProvider';

/** react-admin's login page, asking for an e-mail, and saying why a session ended. */
export const LoginPage = () => {
  const [reason] = useState(getSignOutReason);
  return (
    <Login>
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
    </Login>
  );
};
