import { Typography } from '@mui/material';
import { DATE_FORMAT_OPTIONS, formatDay, isIsoDay } from '@orchestra/shared';
import { useFieldValue, type FieldProps } from 'react-admin';

const DAY = new Intl.DateTimeFormat('en-GB', DATE_FORMAT_OPTIONS);
const DAY_AND_TIME = new Intl.DateTimeFormat('en-GB', { ...DATE_FORMAT_OPTIONS, hour: '2-digit', minute: '2-digit' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const TIME_WITH_SECONDS = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * A day ("2027-03-03", never shifted by a time zone) or an instant (ISO timestamp, in the reader's
 * time zone) in the house's one format: "3 March 2027", with the time "3 March 2027 at 14:05".
 */
export function formatDate(value: string | Date, showTime = false): string {
  if (typeof value === 'string' && isIsoDay(value)) return formatDay(value);
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  return (showTime ? DAY_AND_TIME : DAY).format(instant);
}

/** The time of day of an instant in the reader's time zone, "14:05" (with seconds "14:05:09"), for when the day goes without saying. */
export function formatTime(value: string | Date | number, seconds = false): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  return (seconds ? TIME_WITH_SECONDS : TIME).format(instant);
}

/** react-admin's DateField in the house's format (its default is the browser's numeric one, 12/2/2026). */
export const DateField = ({ showTime = false, emptyText, ...props }: FieldProps & { showTime?: boolean }) => {
  const value = useFieldValue(props) as string | Date | null | undefined;
  const text = value == null || value === '' ? emptyText : formatDate(value, showTime);
  return text ? (
    <Typography variant="body2" component="span">
      {text}
    </Typography>
  ) : null;
};
