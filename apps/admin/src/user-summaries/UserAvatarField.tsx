import { Avatar, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { UserSummary } from '../gql/schema';

type Person = Pick<UserSummary, 'id' | 'name'>;

const PALETTE = ['#5c6bc0', '#26a69a', '#ef6c00', '#8d6e63', '#ab47bc', '#29b6f6', '#9ccc65', '#ec407a'];

/** "Priya Patel" → "PP"; one letter for one name. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

/** The same person always gets the same colour. */
function colourOf(id: string): string {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/** The UserSummary in context as an initials avatar and name. */
export const UserAvatarField = () => {
  const person = useRecordContext<Person>();
  if (!person?.name) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Avatar sx={{ width: 24, height: 24, fontSize: 11, bgcolor: colourOf(person.id) }} aria-hidden>
        {initials(person.name)}
      </Avatar>
      <Typography variant="body2" component="span">
        {person.name}
      </Typography>
    </Stack>
  );
};
