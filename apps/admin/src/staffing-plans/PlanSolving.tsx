import { LinearProgress, Stack, Typography } from '@mui/material';
import { STAFFING_PLAN_STEPS } from '@orchestra/shared';
import { useCanAccess, useGetOne } from 'react-admin';
import type { WorkflowRun } from '../gql/schema';
import { POLL_MS } from './staffingFormat';

type RunProgress = Pick<WorkflowRun, 'id' | 'status' | 'currentStep' | 'progress'>;

const stepLabel = (step: string | null | undefined) => STAFFING_PLAN_STEPS.find((s) => s.step === step)?.label ?? 'Solving the plan';

/**
 * While the worker solves: the run's step and progress for those who may read workflow runs
 * (ADMIN, CONSULTANT); a recruiter may not, so they see the plan being solved without a percentage
 * (the show page polls the plan itself either way).
 */
export const PlanSolving = ({ runId }: { runId: string | null }) => {
  const { canAccess } = useCanAccess({ resource: 'WorkflowRun', action: 'show' });
  const { data: run } = useGetOne<RunProgress>('WorkflowRun', { id: runId ?? '' }, { enabled: !!runId && !!canAccess, refetchInterval: POLL_MS });
  return (
    <Stack gap={1} sx={{ maxWidth: 520 }} role="status" aria-live="polite">
      <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="body2">{run ? `${stepLabel(run.currentStep)}…` : 'Ranking each role’s candidates and solving the plan…'}</Typography>
        {run && (
          <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {run.progress}%
          </Typography>
        )}
      </Stack>
      <LinearProgress
        variant={run ? 'determinate' : 'indeterminate'}
        value={run?.progress ?? 0}
        sx={{ height: 8, borderRadius: 1 }}
        aria-label="Solving progress"
      />
    </Stack>
  );
};
