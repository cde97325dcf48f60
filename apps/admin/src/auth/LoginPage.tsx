import { Login, LoginForm, PasswordInput, required, TextInput } from 'react-admin';

/** react-admin's login page, asking for an e-mail rather than a "username". */
export const LoginPage = () => (
  <Login>
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
