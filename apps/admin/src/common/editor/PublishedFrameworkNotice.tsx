import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert } from '@mui/material';
import { FrameworkStatus } from '@orchestra/shared';
import { useCanAccess, useGetOne } from 'react-admin';
import { useNewFrameworkVersion } from '../../frameworks/useFrameworkActions';
import { frameworkRepresentation, type FrameworkRecord } from './frameworkRecord';
import { ProgressButton } from '../ProgressButton';
import { useBusy } from '../useBusy';

/**
 * The framework a page belongs to, and whether this person may change it here: only ADMINs, and
 * only while it is a draft. A published framework is read-only (changes go into a new version), so
 * no edit button or form is offered that the API would refuse.
 */
export function useFrameworkWritable(frameworkId: string | null | undefined): {
  framework?: FrameworkRecord;
  /** Known to be a draft, and this person may manage frameworks: offer edit and add buttons. */
  writable: boolean;
  /** Known to be published: a form disables Save (while the framework loads, Save stays as it is). */
  readOnly: boolean;
  canManage: boolean;
} {
  const known = frameworkId != null && frameworkId !== '';
  const { canAccess = false } = useCanAccess({ resource: 'CapabilityFramework', action: 'edit' });
  const { data: framework } = useGetOne<FrameworkRecord>('CapabilityFramework', { id: frameworkId ?? '' }, { enabled: known });
  return { framework, writable: canAccess && framework?.status === FrameworkStatus.DRAFT, readOnly: framework?.status === FrameworkStatus.PUBLISHED, canManage: canAccess };
}

/** Copies the framework as the next draft version and opens it (ADMIN). */
export const NewVersionButton = ({ framework, variant = 'outlined' }: { framework: FrameworkRecord; variant?: 'outlined' | 'contained' }) => {
  const newVersion = useNewFrameworkVersion();
  const { busy, run } = useBusy();
  return (
    <ProgressButton busy={busy} size="small" variant={variant} startIcon={<ContentCopyIcon />} onClick={() => void run(() => newVersion.mutateAsync(framework.id)).catch(() => undefined)}>
      New version
    </ProgressButton>
  );
};

/**
 * Says up front that a published framework, and everything in it, is read-only, and offers a new
 * version (a draft copy) to change. Shown on the framework's page, on its parts' pages and on
 * their editors (reached by a link); nothing while the framework is a draft.
 */
export const PublishedFrameworkNotice = ({ frameworkId, offerNewVersion = true }: { frameworkId?: string | null; offerNewVersion?: boolean }) => {
  const { framework, canManage } = useFrameworkWritable(frameworkId);
  if (framework?.status !== FrameworkStatus.PUBLISHED) return null;
  return (
    <Alert
      severity="info"
      sx={{ width: '100%', boxSizing: 'border-box', alignItems: 'center' }}
      action={canManage && offerNewVersion ? <NewVersionButton framework={framework} /> : undefined}
    >
      {frameworkRepresentation(framework)} is published, so it is read-only.
      {canManage ? ' To change it, make a new version: a draft copy you can edit, then publish.' : ''}
    </Alert>
  );
};
