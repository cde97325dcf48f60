import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import PublishIcon from '@mui/icons-material/Publish';
import { Button } from '@mui/material';
import { FrameworkStatus } from '@orchestra/shared';
import { useState } from 'react';
import { Confirm, EditButton, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { frameworkRepresentation, type FrameworkRecord } from '../common/editor/frameworkRecord';
import { useNewFrameworkVersion, usePublishFramework } from './useFrameworkActions';

/** Publishing is for good (a published framework is only ever replaced by a new version): confirm first. */
export const PublishFrameworkButton = () => {
  const record = useRecordContext<FrameworkRecord>();
  const [open, setOpen] = useState(false);
  const publish = usePublishFramework();
  if (!record || record.status !== FrameworkStatus.DRAFT) return null;
  return (
    <>
      <Button size="small" variant="contained" startIcon={<PublishIcon />} disabled={publish.isPending} onClick={() => setOpen(true)}>
        Publish
      </Button>
      <Confirm
        isOpen={open}
        loading={publish.isPending}
        title={`Publish ${frameworkRepresentation(record)}?`}
        content="New assessments can then use it. Once an assessment uses it, its capabilities and questions can no longer change: a new version will be needed."
        confirm="Publish"
        onConfirm={() => publish.mutate(record.id, { onSettled: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Copies the framework (areas, capabilities, templates, questions) as the next DRAFT version and opens it. */
export const NewVersionButton = () => {
  const record = useRecordContext<FrameworkRecord>();
  const newVersion = useNewFrameworkVersion();
  if (!record) return null;
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<ContentCopyIcon />}
      disabled={newVersion.isPending}
      onClick={() => newVersion.mutate(record.id)}
    >
      New version
    </Button>
  );
};

/** Only for those who may manage frameworks (ADMIN); a CONSULTANT reads the page without actions. */
export const FrameworkShowActions = () => {
  const { canAccess } = useCanAccess({ resource: 'CapabilityFramework', action: 'edit' });
  return (
    <TopToolbar>
      {canAccess && (
        <>
          <EditButton />
          <PublishFrameworkButton />
          <NewVersionButton />
        </>
      )}
    </TopToolbar>
  );
};
