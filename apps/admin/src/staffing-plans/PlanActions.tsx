import CheckIcon from '@mui/icons-material/Check';
import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useShowContext } from 'react-admin';
import { ConfirmProgress, ProgressButton } from '../common/ProgressButton';
import { useBusy } from '../common/useBusy';
import { request } from '../providers/client';
import { AcceptStaffingPlanDocument, RerunStaffingPlanDocument, type StaffingPlanRecord } from './api';
import { apiErrorText } from './errors';
import { acceptSummary, toRerunVariables, type Adjustments } from './staffingFormat';

/** Solves again with these pins, exclusions and cap; the page polls the plan back to its result. */
export const RunAgainButton = ({ plan, adjustments, label = 'Run again' }: { plan: StaffingPlanRecord; adjustments: Adjustments; label?: string }) => {
  const { refetch } = useShowContext<StaffingPlanRecord>();
  const notify = useNotify();
  const { busy, run } = useBusy();
  const rerun = async () => {
    try {
      await request(RerunStaffingPlanDocument, toRerunVariables(plan, adjustments));
      notify('Solving the plan again.', { type: 'info' });
      await refetch();
    } catch (error) {
      notify(apiErrorText(error, 'The plan could not be run again.'), { type: 'error' });
    }
  };
  return (
    <ProgressButton busy={busy} variant="outlined" startIcon={<ReplayIcon />} onClick={() => void run(rerun)}>
      {label}
    </ProgressButton>
  );
};

/** Shortlisting every pick is one step with consequences: say what will happen, then do it. */
export const AcceptPlanButton = ({ plan }: { plan: StaffingPlanRecord }) => {
  const { refetch } = useShowContext<StaffingPlanRecord>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const { busy, run } = useBusy();
  const accept = async () => {
    try {
      await request(AcceptStaffingPlanDocument, { id: plan.id });
      notify('Plan accepted: its picks are shortlisted.', { type: 'success' });
      setOpen(false);
      await refetch();
    } catch (error) {
      notify(apiErrorText(error, 'The plan could not be accepted.'), { type: 'error' });
    }
  };
  return (
    <>
      <Button variant="contained" startIcon={<CheckIcon />} disabled={busy} onClick={() => setOpen(true)}>
        Accept plan
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        ConfirmIcon={busy ? ConfirmProgress : undefined}
        title="Accept this staffing plan?"
        content={acceptSummary(plan)}
        confirm="Accept plan"
        onConfirm={() => void run(accept)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
