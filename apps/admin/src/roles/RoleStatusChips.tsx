import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { MATCH_PIPELINE, type MatchStage, enumLabel } from '@orchestra/shared';
import { useRecordContext } from 'react-admin';
import { GAP_STATUS_COLOURS, ROLE_STATUS_COLOURS, type RoleRecord } from './roleFields';

/** The role's status as a chip, in words. */
export const RoleStatusChip = ({ status }: { status: string }) => (
  <Chip size="small" label={enumLabel('RoleStatus', status)} color={ROLE_STATUS_COLOURS[status] ?? 'default'} variant={status === 'CANCELLED' ? 'outlined' : 'filled'} />
);

/** The role's status and, for a role drafted from a gap, the gap's status: the outcome of the pipeline at a glance. */
export const RoleStatusLine = () => {
  const role = useRecordContext<RoleRecord>();
  if (!role) return null;
  return (
    <Stack direction="row" gap={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Stack direction="row" gap={1} sx={{ alignItems: 'center' }} data-testid="role-status">
        <Typography variant="body2" color="text.secondary">
          Role status
        </Typography>
        <Chip label={enumLabel('RoleStatus', role.status)} color={ROLE_STATUS_COLOURS[role.status] ?? 'default'} />
        {role.status === 'DRAFT' && (
          <Typography variant="body2" color="text.secondary">
            Drafted from an accepted option: review it, then open it for matching.
          </Typography>
        )}
      </Stack>
      {role.gapStatus && (
        <Stack direction="row" gap={1} sx={{ alignItems: 'center' }} data-testid="gap-status">
          <Typography variant="body2" color="text.secondary">
            Gap status
          </Typography>
          <Chip label={enumLabel('GapStatus', role.gapStatus)} color={GAP_STATUS_COLOURS[role.gapStatus] ?? 'default'} variant="outlined" />
        </Stack>
      )}
    </Stack>
  );
};

/** Stored matches per stage, pipeline order first, stages without matches left out. */
export const MatchCountChips = ({ counts }: { counts: readonly { stage: MatchStage; count: number }[] | undefined }) => {
  const shown = (counts ?? []).filter((c) => c.count > 0);
  if (!shown.length) return <Typography variant="body2" color="text.secondary">—</Typography>;
  const order = (s: MatchStage) => (MATCH_PIPELINE.includes(s) ? MATCH_PIPELINE.indexOf(s) : MATCH_PIPELINE.length);
  return (
    <Stack direction="row" gap={0.5} sx={{ flexWrap: 'wrap' }}>
      {[...shown]
        .sort((a, b) => order(a.stage) - order(b.stage))
        .map((c) => (
          <Tooltip key={c.stage} title={`${c.count} ${enumLabel('MatchStage', c.stage).toLowerCase()}`}>
            <Chip size="small" variant="outlined" label={`${enumLabel('MatchStage', c.stage)} ${c.count}`} />
          </Tooltip>
        ))}
    </Stack>
  );
};
