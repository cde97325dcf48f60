import { Alert } from '@mui/material';
import { FrameworkStatus } from '@orchestra/shared';
import { useGetOne } from 'react-admin';
import { frameworkRepresentation, type FrameworkRecord } from './frameworkRecord';

/**
 * Says up front what the API would answer with CONFLICT: a published framework in use is frozen.
 * Shown on the editors of the framework and of its parts (nothing while the framework is a draft).
 */
export const PublishedFrameworkNotice = ({ frameworkId }: { frameworkId?: string | null }) => {
  const { data: framework } = useGetOne<FrameworkRecord>('CapabilityFramework', { id: frameworkId ?? '' }, { enabled: frameworkId != null && frameworkId !== '' });
  if (framework?.status !== FrameworkStatus.PUBLISHED) return null;
  return (
    <Alert severity="info" sx={{ width: '100%', boxSizing: 'border-box' }}>
      {frameworkRepresentation(framework)} is published: once an assessment uses it, changes are refused. To change it, create a new
      version from the framework&apos;s page.
    </Alert>
  );
};
