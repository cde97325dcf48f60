import { Chip } from '@mui/material';
import { FrameworkStatus, enumLabel } from '@orchestra/shared';
import { useRecordContext } from 'react-admin';
import type { FrameworkRecord } from '../common/editor/frameworkRecord';

/** DRAFT or PUBLISHED as a chip. `label`, `source` and `sortBy` serve as a Datagrid column. */
export const FrameworkStatusField = (_props: { label?: string; source?: string; sortBy?: string }) => {
  const record = useRecordContext<FrameworkRecord>();
  if (!record?.status) return null;
  const published = record.status === FrameworkStatus.PUBLISHED;
  return <Chip size="small" color={published ? 'success' : 'default'} variant={published ? 'filled' : 'outlined'} label={enumLabel('FrameworkStatus', record.status)} />;
};
