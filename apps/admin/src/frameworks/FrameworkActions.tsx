import PublishIcon from '@mui/icons-material/Publish';
import { Button } from '@mui/material';
import { FrameworkStatus } from '@orchestra/shared';
import { useState } from 'react';
import { Confirm, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { FrameworkEditButton } from '../common/editor/EditorButtons';
import { NewVersionButton } from '../common/editor/PublishedFrameworkNotice';
import { frameworkRepresentation, type FrameworkRecord } from '../common/editor/frameworkRecord';
import { usePublishFramework } from './useFrameworkActions';
import { ConfirmProgress } from '../common/ProgressButton';
import { useBusy } from '../common/useBusy';

/** Publishing is for good (a published framework is only ever replaced by a new version): confirm first. */
export const PublishFrameworkButton = () => {
  const record = useRecordContext<FrameworkRecord>();
  const [open, setOpen] = useState(false);
  const publish = usePublishFramework();
  const { busy, run } = useBusy();
  if (!record || record.status !== FrameworkStatus.DRAFT) return null;
  return (
    <>
      <Button size="small" variant="contained" startIcon={<PublishIcon />} disabled={busy} onClick={() => setOpen(true)}>
        Publish
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        ConfirmIcon={busy ? ConfirmProgress : undefined}
        title={`Publish ${frameworkRepresentation(record)}?`}
        content="New assessments can then use it. Once an assessment uses it, its capabilities and questions can no longer change: a new version will be needed."
        confirm="Publish"
        onConfirm={() => void run(() => publish.mutateAsync(record.id).finally(() => setOpen(false))).catch(() => undefined)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/**
 * Only for those who may manage frameworks (ADMIN); a CONSULTANT reads the page without actions.
 * A draft can be edited and published; a published framework is read-only, and "New version"
 * (always offered) copies it as the next draft.
 */
export const FrameworkShowActions = () => {
  const record = useRecordContext<FrameworkRecord>();
  const { canAccess } = useCanAccess({ resource: 'CapabilityFramework', action: 'edit' });
  return (
    <TopToolbar>
      {canAccess && record && (
        <>
          <FrameworkEditButton frameworkId={record.id} />
          <PublishFrameworkButton />
          <NewVersionButton framework={record} />
        </>
      )}
    </TopToolbar>
  );
};
