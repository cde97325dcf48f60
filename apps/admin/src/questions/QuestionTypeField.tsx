import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { enumLabel } from '@orchestra/shared';
import { TYPE_HINTS, type QuestionRecord } from './questionFields';

/** The question's type as a chip ("Scale", "Multiple choice"…), how it is answered as the tooltip. */
export const QuestionTypeField = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pick<QuestionRecord, 'type'>>();
  if (!record?.type) return null;
  return <Chip size="small" variant="outlined" label={enumLabel('QuestionType', record.type) ?? record.type} title={TYPE_HINTS[record.type]} />;
};
