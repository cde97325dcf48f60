import { Button, CircularProgress, type ButtonProps } from '@mui/material';

export type ProgressButtonProps = Omit<ButtonProps, 'loading'> & { busy: boolean };

/**
 * A button that fires a mutation or a long request: while `busy` it is disabled and shows a
 * spinner (in place of its icon, or over its label), so nobody clicks twice or wonders.
 */
export const ProgressButton = ({ busy, loadingPosition, ...props }: ProgressButtonProps) => (
  <Button {...props} loading={busy} loadingPosition={loadingPosition ?? (props.startIcon ? 'start' : 'center')} />
);

/** For react-admin's <Confirm>, which disables its buttons while `loading` but shows no progress. */
export const ConfirmProgress = () => <CircularProgress size={16} color="inherit" aria-label="Working" />;
