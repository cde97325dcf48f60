import { Chip, Stack, Typography } from '@mui/material';
import { useGetMany } from 'react-admin';
import type { StaffingPlanRecord } from './api';

/** Names the plan itself knows (picks and options), so a lookup is needed only for people excluded earlier. */
function knownNames(plan: StaffingPlanRecord): Map<string, string> {
  const names = new Map<string, string>();
  for (const role of plan.roles) {
    for (const o of role.options) names.set(o.candidateId, o.candidateName);
    for (const p of [role.plan, role.greedy]) if (p.candidateId && p.candidateName) names.set(p.candidateId, p.candidateName);
  }
  return names;
}

/** The people the next run leaves out, each removable; `onRemove` absent: read only. */
export const ExcludedPeople = ({ plan, excluded, onRemove }: { plan: StaffingPlanRecord; excluded: string[]; onRemove?: (candidateId: string) => void }) => {
  const names = knownNames(plan);
  const unknown = excluded.filter((id) => !names.has(id));
  const { data: others } = useGetMany<{ id: string; name: string }>('Candidate', { ids: unknown }, { enabled: unknown.length > 0 });
  for (const c of others ?? []) names.set(String(c.id), c.name);
  if (!excluded.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        Nobody is excluded.
      </Typography>
    );
  }
  return (
    <Stack direction="row" gap={1} sx={{ flexWrap: 'wrap' }} aria-label="Excluded people">
      {excluded.map((id) => {
        const name = names.get(id) ?? 'Someone no longer in the pool';
        return <Chip key={id} size="small" label={name} onDelete={onRemove ? () => onRemove(id) : undefined} slotProps={{ root: { 'aria-label': `Excluded: ${name}` } }} />;
      })}
    </Stack>
  );
};
