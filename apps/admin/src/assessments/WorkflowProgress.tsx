import ReplayIcon from '@mui/icons-material/Replay';
import { Alert, AlertTitle, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { AssessmentStatus, FINALISE_STEPS, finaliseStepOf, WorkflowStatus } from '@orchestra/shared';
import { useEffect, useState } from 'react';
import { Link, useCanAccess, useGetList, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { graphql } from '../gql';
import type { Assessment, WorkflowRun } from '../gql/schema';
import { request } from '../providers/client';
import { ProgressButton } from '../common/ProgressButton';

/** `progress`: 0–100. */
export type WorkflowRunRecord = Pick<WorkflowRun, 'id' | 'status' | 'currentStep' | 'progress' | 'attempts' | 'error' | 'startedAt' | 'finishedAt' | 'createdAt'>;

type AssessmentRecord = Pick<Assessment, 'id' | 'status'>;

/** Poll this often while the run is waiting or running. */
export const POLL_MS = 1000;

const RetryWorkflowRunDocument = graphql(`
  mutation RetryWorkflowRun($id: ID!) {
    retryWorkflowRun(id: $id) {
      id
      status
    }
  }
`);

const STATUSES_WITH_A_RUN: readonly string[] = [AssessmentStatus.CLOSED, AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED];

/**
 * "Scoring and finding gaps · step 1 of 2", from the shared step list; a run from an earlier
 * flow (five or three steps) names the step that now does that work, and an unknown step shows as it is.
 */
export function stepLabel(step: string | null | undefined): string | null {
  if (!step) return null;
  const current = finaliseStepOf(step);
  const index = FINALISE_STEPS.findIndex((s) => s.step === current);
  return index < 0 ? step : `${FINALISE_STEPS[index]!.label} · step ${index + 1} of ${FINALISE_STEPS.length}`;
}

const unfinished = (run: WorkflowRunRecord | undefined): boolean =>
  !run || run.status === WorkflowStatus.PENDING || run.status === WorkflowStatus.RUNNING;

function duration(run: WorkflowRunRecord): string | null {
  if (!run.startedAt || !run.finishedAt) return null;
  const seconds = Math.max(0, Math.round((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

const Bar = ({ value, label, indeterminate = false }: { value: number; label: string; indeterminate?: boolean }) => (
  <LinearProgress
    variant={indeterminate ? 'indeterminate' : 'determinate'}
    value={value}
    sx={{ height: 8, borderRadius: 1 }}
    aria-label={label}
    aria-valuetext={indeterminate ? undefined : `${value}%`}
  />
);

/**
 * Scoring after the assessment closes: the latest finalise run of the assessment, polled every
 * second while it waits or runs, with the step it is on. A FAILED run shows its error and, for
 * those who may edit, Retry; once scored, a way to the report. The record is refreshed when the
 * run succeeds, so the status (and the Report tab) follow without a reload.
 */
export const WorkflowProgress = (_props: { label?: string | false }) => {
  const record = useRecordContext<AssessmentRecord>();
  const refresh = useRefresh();
  const notify = useNotify();
  const { canAccess: canRetry } = useCanAccess({ resource: 'Assessment', action: 'edit' });
  const [retrying, setRetrying] = useState(false);
  const enabled = !!record && STATUSES_WITH_A_RUN.includes(record.status);
  const closed = record?.status === AssessmentStatus.CLOSED;
  const { data, refetch } = useGetList<WorkflowRunRecord>(
    'WorkflowRun',
    { filter: { subjectId: record?.id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    // Poll while a closed assessment's run is missing (not started yet), waiting or running.
    { enabled, refetchInterval: (query) => (closed && unfinished(query.state.data?.data[0]) ? POLL_MS : false) },
  );
  const run = data?.[0];

  // The run finished, so the assessment is SCORED by now: fetch the record again until it says so.
  const recordLags = closed && run?.status === WorkflowStatus.SUCCEEDED;
  useEffect(() => {
    if (!recordLags) return;
    refresh();
    const timer = setInterval(refresh, 2 * POLL_MS);
    return () => clearInterval(timer);
  }, [recordLags, refresh]);

  if (!record || !enabled) return null;
  if (!run && !closed) return null;

  const retry = async () => {
    if (!run) return;
    setRetrying(true);
    try {
      await request(RetryWorkflowRunDocument, { id: run.id });
      notify('Scoring runs again: steps already done are not repeated.', { type: 'success' });
      await refetch();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Could not retry.', { type: 'error' });
    } finally {
      setRetrying(false);
    }
  };

  const reportLink = (
    <Button component={Link} to={`/Assessment/${record.id}/show/report`} variant="contained">
      Open the report
    </Button>
  );

  if (!run) {
    return (
      <Stack gap={1} sx={{ maxWidth: 520 }} role="status">
        <Typography variant="body2">Scoring is starting…</Typography>
        <Bar value={0} label="Scoring progress" indeterminate />
      </Stack>
    );
  }

  if (run.status === WorkflowStatus.FAILED) {
    return (
      <Alert
        severity="error"
        sx={{ maxWidth: 720 }}
        action={
          canRetry ? (
            <ProgressButton busy={retrying} color="inherit" size="small" startIcon={<ReplayIcon />} onClick={() => void retry()}>
              Retry
            </ProgressButton>
          ) : undefined
        }
      >
        <AlertTitle>Scoring stopped{run.currentStep ? ` at ${stepLabel(run.currentStep)}` : ''}</AlertTitle>
        {run.error ?? 'The worker gave no reason.'}
        <Typography variant="body2" sx={{ mt: 0.5, opacity: 0.8 }}>
          {run.attempts === 1 ? 'First attempt.' : `${run.attempts} attempts.`} Retrying repeats only the steps not done yet.
        </Typography>
      </Alert>
    );
  }

  if (run.status === WorkflowStatus.SUCCEEDED) {
    const took = duration(run);
    return (
      <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} sx={{ alignItems: { sm: 'center' } }}>
        <Box sx={{ flex: 1, maxWidth: 520 }}>
          <Typography variant="body2">Scored{took ? ` in ${took}` : ''}: scores, gaps and ranked options are ready.</Typography>
          <Bar value={100} label="Scoring progress" />
        </Box>
        {closed ? <Typography variant="body2" color="text.secondary">Updating the assessment…</Typography> : reportLink}
      </Stack>
    );
  }

  const step = stepLabel(run.currentStep);
  return (
    <Stack gap={1} sx={{ maxWidth: 520 }} role="status" aria-live="polite">
      <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="body2">{run.status === WorkflowStatus.PENDING && !step ? 'Waiting for a worker…' : (step ?? 'Starting…')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {run.progress}%
        </Typography>
      </Stack>
      <Bar value={run.progress} label="Scoring progress" />
      {run.attempts > 1 && (
        <Typography variant="caption" color="text.secondary">
          Attempt {run.attempts}.
        </Typography>
      )}
    </Stack>
  );
};
