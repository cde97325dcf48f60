import { Chip, type ChipProps } from '@mui/material';
import { CapabilityNature, enumLabel } from '@orchestra/shared';
import { useRecordContext } from 'react-admin';
import { NATURE_HINTS } from './capabilityFields';

const NATURE_COLORS: Readonly<Record<CapabilityNature, ChipProps['color']>> = {
  [CapabilityNature.JUDGEMENT]: 'secondary',
  [CapabilityNature.PRACTICE]: 'primary',
  [CapabilityNature.CAPACITY]: 'info',
};

/** The capability's nature as a chip, its meaning as the tooltip. `label` titles a Datagrid column. */
export const NatureField = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ nature?: CapabilityNature }>();
  if (!record?.nature) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={NATURE_COLORS[record.nature] ?? 'default'}
      label={enumLabel('CapabilityNature', record.nature) ?? record.nature}
      title={NATURE_HINTS[record.nature]}
    />
  );
};
