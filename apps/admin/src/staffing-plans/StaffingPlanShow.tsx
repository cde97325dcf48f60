import { Alert, AlertTitle, Box, Chip, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { StaffingPlanStatus, enumLabel } from '@orchestra/shared';
import { useState } from 'react';
import { useCanAccess, useRecordContext, type RaRecord } from 'react-admin';
import { formatDate } from '../common/DateField';
import { RecordShow } from '../common/RecordPage';
import type { StaffingPlanRecord } from './api';
import { ExcludedPeople } from './ExcludedPeople';
import { AcceptPlanButton, RunAgainButton } from './PlanActions';
import { PlanComparison } from './PlanComparison';
import { PlanRolesTable } from './PlanRolesTable';
import { PlanSolving } from './PlanSolving';
import { POLL_MS, exclude, initialAdjustments, pin, solverLabel, type Adjustments } from './staffingFormat';

const STATUS_COLOURS: Record<string, 'default' | 'info' | 'success' | 'error'> = { PENDING: 'info', SOLVED: 'default', FAILED: 'error', ACCEPTED: 'success' };

const PlanTitle = () => {
  const plan = useRecordContext<StaffingPlanRecord>();
  return <span>{plan ? `Staffing plan of ${formatDate(plan.createdAt)}` : 'Staffing plan'}</span>;
};

const Header = ({ plan }: { plan: StaffingPlanRecord }) => {
  const solver = solverLabel(plan.solver);
  return (
    <Stack direction="row" gap={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="h6" component="h1">
        Staffing plan
      </Typography>
      <Chip size="small" color={STATUS_COLOURS[plan.status] ?? 'default'} label={enumLabel('StaffingPlanStatus', plan.status)} />
      <Typography variant="body2" color="text.secondary">
        {plan.roleIds.length === 1 ? '1 role' : `${plan.roleIds.length} roles`} · top {plan.candidatesPerRole} candidates each · created {formatDate(plan.createdAt, true)}
        {plan.solvedAt && solver ? ` · solved ${formatDate(plan.solvedAt, true)} by the ${solver}` : ''}
      </Typography>
    </Stack>
  );
};

/** The cap typed in units of the roles' currency (sent in minor units). */
const CapField = ({ plan, value, onChange }: { plan: StaffingPlanRecord; value: string; onChange: (cap: string) => void }) => (
  <TextField
    size="small"
    type="number"
    label="Budget cap"
    value={value}
    onChange={(e) => onChange(e.target.value)}
    helperText="Total of day rates (salaries for permanent roles); empty: no cap."
    slotProps={{ htmlInput: { min: 0, step: 'any' }, input: plan.currency ? { endAdornment: <InputAdornment position="end">{plan.currency}</InputAdornment> } : undefined }}
    sx={{ maxWidth: 320 }}
  />
);

/** A solved plan: both sides, the picks per role, and (for those who may) adjusting, solving again, accepting. */
const SolvedPlan = ({ plan, canManage }: { plan: StaffingPlanRecord; canManage: boolean }) => {
  const [adjustments, setAdjustments] = useState<Adjustments>(() => initialAdjustments(plan));
  const editable = canManage && plan.status === StaffingPlanStatus.SOLVED;
  const controls = editable
    ? { adjustments, onPin: (roleId: string, candidateId: string | null) => setAdjustments((a) => pin(a, roleId, candidateId)), onExclude: (id: string) => setAdjustments((a) => exclude(a, id)) }
    : undefined;
  return (
    <Stack gap={3}>
      {plan.status === StaffingPlanStatus.ACCEPTED && (
        <Alert severity="success">Accepted {plan.acceptedAt ? formatDate(plan.acceptedAt, true) : ''}: the plan’s picks are shortlisted on their roles.</Alert>
      )}
      <PlanComparison plan={plan} />
      <PlanRolesTable plan={plan} controls={controls} />
      {editable ? (
        <Stack gap={2} component="section" aria-label="Adjust and run again">
          <Typography variant="subtitle1" component="h2">
            Adjust and run again
          </Typography>
          <Box>
            <Typography variant="caption" color="text.secondary">
              Excluded
            </Typography>
            <ExcludedPeople plan={plan} excluded={adjustments.excluded} onRemove={(id) => setAdjustments((a) => ({ ...a, excluded: a.excluded.filter((x) => x !== id) }))} />
          </Box>
          <CapField plan={plan} value={adjustments.cap} onChange={(cap) => setAdjustments((a) => ({ ...a, cap }))} />
          <Stack direction="row" gap={2}>
            <RunAgainButton plan={plan} adjustments={adjustments} />
            <AcceptPlanButton plan={plan} />
          </Stack>
        </Stack>
      ) : (
        plan.excludedCandidateIds.length > 0 && (
          <Box>
            <Typography variant="caption" color="text.secondary">
              Excluded
            </Typography>
            <ExcludedPeople plan={plan} excluded={plan.excludedCandidateIds} />
          </Box>
        )
      )}
    </Stack>
  );
};

/** The solve failed (the error is the API's words): run it again as it was, or without its pins, since a pin is the usual cause. */
const FailedPlan = ({ plan, canManage }: { plan: StaffingPlanRecord; canManage: boolean }) => {
  const constraints = initialAdjustments(plan);
  return (
    <Alert severity="error" sx={{ maxWidth: 720 }}>
      <AlertTitle>The plan could not be solved</AlertTitle>
      {plan.error ?? 'The worker gave no reason.'}
      {canManage && (
        <Stack direction="row" gap={1} sx={{ mt: 1.5 }}>
          <RunAgainButton plan={plan} adjustments={constraints} />
          {plan.pins.length > 0 && <RunAgainButton plan={plan} adjustments={{ ...constraints, pins: {} }} label="Run again without pins" />}
        </Stack>
      )}
    </Alert>
  );
};

const PlanView = () => {
  const plan = useRecordContext<StaffingPlanRecord>();
  const { canAccess: canManage } = useCanAccess({ resource: 'StaffingPlan', action: 'edit' });
  if (!plan) return null;
  return (
    <Stack gap={3} sx={{ p: 2 }}>
      <Header plan={plan} />
      {plan.status === StaffingPlanStatus.PENDING && <PlanSolving runId={plan.runId} />}
      {plan.status === StaffingPlanStatus.FAILED && <FailedPlan plan={plan} canManage={!!canManage} />}
      {/* Keyed by the solve: adjustments start again from what the latest run used. */}
      {(plan.status === StaffingPlanStatus.SOLVED || plan.status === StaffingPlanStatus.ACCEPTED) && <SolvedPlan key={`${plan.solvedAt}`} plan={plan} canManage={!!canManage} />}
    </Stack>
  );
};

// Poll while the worker solves; stop once solved, failed or accepted.
const pollWhilePending = (query: { state: { data?: RaRecord } }) => (query.state.data?.['status'] === StaffingPlanStatus.PENDING ? POLL_MS : false);

/** The plan screen: progress while solving, the plan beside greedy once solved. */
export const StaffingPlanShow = () => (
  <RecordShow title={<PlanTitle />} queryOptions={{ refetchInterval: pollWhilePending }}>
    <PlanView />
  </RecordShow>
);
