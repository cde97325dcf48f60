import { RoleStatus } from '@orchestra/shared';
import { useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { ProgressButton } from '../common/ProgressButton';
import { useBusy } from '../common/useBusy';
import type { RoleRecord } from './roleFields';

/** A drafted role is reviewed, then opened for matching: one click, since a draft can still be cancelled afterwards. */
export const OpenRoleButton = () => {
  const role = useRecordContext<RoleRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update] = useUpdate();
  const { busy, run } = useBusy();
  if (!role || role.status !== RoleStatus.DRAFT) return null;
  // Settles with the answer, so the button stays busy until then.
  const open = () =>
    new Promise<void>((settled) =>
      update(
        'Role',
        { id: role.id, data: { status: RoleStatus.OPEN }, previousData: role },
        {
          onSuccess: () => {
            notify(`“${role.title}” is open: candidates are being matched.`, { type: 'success' });
            refresh();
          },
          onError: (error) => notify(error instanceof Error ? error.message : 'The role could not be opened.', { type: 'error' }),
          onSettled: () => settled(),
        },
      ),
    );
  return (
    <ProgressButton
      busy={busy}
      size="small"
      variant="outlined"
      aria-label={`Open ${role.title} for matching`}
      onClick={(e) => {
        e.stopPropagation();
        void run(open);
      }}
    >
      Open for matching
    </ProgressButton>
  );
};
