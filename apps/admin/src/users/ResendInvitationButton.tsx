import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { useMutation } from '@tanstack/react-query';
import { useCanAccess, useLogoutIfAccessDenied, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { graphql } from '../gql';
import type { User } from '../gql/schema';
import { request } from '../providers/client';
import { ProgressButton } from '../common/ProgressButton';
import { formatTime } from '../common/DateField';
import { useBusy } from '../common/useBusy';

export const ResendUserInvitationDocument = graphql(`
  mutation ResendUserInvitation($id: ID!) {
    resendUserInvitation(id: $id) {
      user {
        id
        name
        email
      }
      sentAt
      repeated
    }
  }
`);

/**
 * "Resend invitation" for a user who has never signed in (ADMIN): a new set-password link goes
 * out and the earlier ones stop working. The API refuses, in words, once they have signed in or
 * set a password; a second click within two minutes sends nothing new and says so.
 */
export const ResendInvitationButton = () => {
  const user = useRecordContext<Pick<User, 'id' | 'name' | 'email' | 'lastLoginAt' | 'active'>>();
  const { canAccess } = useCanAccess({ resource: 'User', action: 'edit' });
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const resend = useMutation({
    mutationFn: async (id: string) => (await request(ResendUserInvitationDocument, { id })).resendUserInvitation,
    onSuccess: ({ user: sentTo, sentAt, repeated }) => {
      notify(
        repeated
          ? `An invitation went to ${sentTo.email} at ${formatTime(sentAt)}: nothing new was sent. Try again in a few minutes if it has not arrived.`
          : `A new invitation is on its way to ${sentTo.email}. Earlier links no longer work.`,
        { type: repeated ? 'info' : 'success' },
      );
      refresh();
    },
    onError: async (error) => {
      if (await logoutIfAccessDenied(error)) return;
      notify(error instanceof Error && error.message ? error.message : 'The invitation could not be sent.', { type: 'error' });
    },
  });
  const { busy, run } = useBusy();
  if (!user || !canAccess || user.lastLoginAt || !user.active) return null;
  return (
    <ProgressButton busy={busy} size="small" startIcon={<ForwardToInboxIcon />} onClick={() => void run(() => resend.mutateAsync(String(user.id))).catch(() => undefined)}>
      Resend invitation
    </ProgressButton>
  );
};
