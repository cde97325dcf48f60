import { FINALISE_STEP_NAMES, QueueName, type FinaliseStepPayload } from '@orchestra/shared';
import type { FlowJob } from 'bullmq';

/**
 * The finalise flow as BullMQ nests it: a parent runs after its children, so the chain
 * aggregate → gaps → recommend → report → finalise is the deepest child first. Job ids are
 * deterministic per run and attempt, so adding the same flow twice adds nothing.
 */
export function finaliseFlow(runId: string, assessmentId: string, attempt: number): FlowJob {
  const data: FinaliseStepPayload = { runId, assessmentId };
  const names = FINALISE_STEP_NAMES;
  const node = (i: number): FlowJob => ({
    name: names[i]!,
    queueName: QueueName.ASSESSMENT,
    data,
    opts: {
      jobId: `${runId}.${attempt}.${names[i]}`,
      // A step that fails for good fails the steps waiting on it, so the run ends.
      ...(i < names.length - 1 ? { failParentOnFailure: true } : {}),
    },
    ...(i > 0 ? { children: [node(i - 1)] } : {}),
  });
  return node(names.length - 1);
}
