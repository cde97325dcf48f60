import { Button, Chip, alpha, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Link, useCreatePath } from 'react-admin';
import { formatScore } from '../common/matching/matchFormat';
import type { StaffingPlanRecord, StaffingPlanRole } from './api';
import type { Adjustments } from './staffingFormat';

type Assignment = StaffingPlanRole['plan'];

const Person = ({ pick }: { pick: Assignment }) =>
  pick.candidateId ? (
    <span>
      {pick.candidateName ?? 'Someone no longer in the pool'}{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        ({formatScore(pick.score)})
      </Typography>
    </span>
  ) : (
    <Typography component="span" variant="body2" color="text.secondary">
      Nobody
    </Typography>
  );

export interface RoleControls {
  adjustments: Adjustments;
  onPin: (roleId: string, candidateId: string | null) => void;
  onExclude: (candidateId: string) => void;
}

const PinSelect = ({ role, controls }: { role: StaffingPlanRole; controls: RoleControls }) => (
  <TextField
    select
    size="small"
    label="Pin"
    sx={{ minWidth: 180 }}
    value={controls.adjustments.pins[role.roleId] ?? ''}
    onChange={(e) => controls.onPin(role.roleId, e.target.value || null)}
    slotProps={{ select: { SelectDisplayProps: { 'aria-label': `Pin someone to ${role.title}`, 'aria-labelledby': undefined } } }}
  >
    <MenuItem value="">
      <em>No pin</em>
    </MenuItem>
    {role.options.map((o) => (
      <MenuItem key={o.candidateId} value={o.candidateId} disabled={controls.adjustments.excluded.includes(o.candidateId)}>
        {o.candidateName} ({formatScore(o.score)})
      </MenuItem>
    ))}
  </TextField>
);

/** Each role: the plan's pick beside greedy's and why they differ; rows where they differ stand out. */
export const PlanRolesTable = ({ plan, controls }: { plan: StaffingPlanRecord; controls?: RoleControls }) => {
  const createPath = useCreatePath();
  return (
    <Table size="small" aria-label="Picks per role">
      <TableHead>
        <TableRow>
          <TableCell>Role</TableCell>
          <TableCell>The plan’s pick</TableCell>
          <TableCell>Greedy’s pick</TableCell>
          <TableCell>Why</TableCell>
          {controls && <TableCell>Adjust</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {plan.roles.map((role) => {
          const differs = role.plan.candidateId !== role.greedy.candidateId;
          const picked = role.plan.candidateId;
          return (
            <TableRow key={role.roleId} data-differs={differs || undefined} sx={differs ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.12) } : undefined}>
              <TableCell>
                <Link to={createPath({ resource: 'Role', id: role.roleId, type: 'show' })}>{role.title}</Link>
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {role.candidates === 1 ? '1 eligible candidate' : `${role.candidates} eligible candidates`}
                </Typography>
              </TableCell>
              <TableCell>
                <Person pick={role.plan} />
              </TableCell>
              <TableCell>
                <Person pick={role.greedy} />
              </TableCell>
              <TableCell>
                <Stack gap={0.5} sx={{ alignItems: 'flex-start' }}>
                  {differs && <Chip size="small" color="warning" label="Differs from greedy" />}
                  <Typography variant="body2">{role.reason ?? 'Both agree.'}</Typography>
                </Stack>
              </TableCell>
              {controls && (
                <TableCell>
                  <Stack direction="row" gap={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    <PinSelect role={role} controls={controls} />
                    {picked && (
                      <Button size="small" disabled={controls.adjustments.excluded.includes(picked)} onClick={() => controls.onExclude(picked)}>
                        Exclude {role.plan.candidateName ?? 'this person'}
                      </Button>
                    )}
                  </Stack>
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
