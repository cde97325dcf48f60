import { Chip, Typography } from '@mui/material';
import { enumLabel, type LabelledEnum } from '@orchestra/shared';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A record's enum value in words (from the one labels map), as a chip or as text. */
export const EnumField = ({ kind, chip = false, ...props }: FieldProps & { kind: LabelledEnum; chip?: boolean }) => {
  const value = useFieldValue(props) as string | null | undefined;
  if (value == null) {
    return props.emptyText ? (
      <Typography variant="body2" component="span" color="text.secondary">
        {props.emptyText}
      </Typography>
    ) : null;
  }
  const label = enumLabel(kind, value);
  return chip ? <Chip size="small" label={label} /> : <Typography variant="body2" component="span">{label}</Typography>;
};
