import { ErrorCode, FINALISE_STEP_NAMES, JobName, type FinaliseStep, type JobPayloads } from '@orchestra/shared';
import { UnrecoverableError, type Job } from 'bullmq';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { withRequestId } from '../request-context/request-context.js';

// Ids as the API accepts them (any UUID version), and in the case it stores them.
const id = z.guid().transform((s) => s.toLowerCase());
const step = z.object({ runId: id, assessmentId: id });
const none = z.object({}).transform(() => ({}) as Record<string, never>);

/** The shape of every job's data; the type keeps it in step with JobPayloads in libs/shared. */
const PAYLOADS: { readonly [N in JobName]: z.ZodType<JobPayloads[N]> } = {
  [JobName.SEND_SET_PASSWORD_EMAIL]: z.object({ outboxEventId: id, userId: id, reset: z.boolean().optional() }),
  [JobName.RECONCILE_OUTBOX]: none,
  [JobName.DECISION_REVISIT]: z.object({ outboxEventId: id, decisionRecordId: id }),
  [JobName.SEND_INVITATION_EMAIL]: z.object({ outboxEventId: id, invitationId: id, rotate: z.boolean() }),
  [JobName.SEND_ASSESSMENT_REMINDERS]: z.object({ outboxEventId: id, assessmentId: id, daysBefore: z.number().int().min(0).max(365) }),
  [JobName.CLOSE_DUE_ASSESSMENT]: z.object({ outboxEventId: id, assessmentId: id }),
  [JobName.START_FINALISE]: z.object({ outboxEventId: id, assessmentId: id, runId: id.optional(), attempt: z.number().int().min(0).optional() }),
  ...(Object.fromEntries(FINALISE_STEP_NAMES.map((s) => [s, step])) as Record<FinaliseStep, typeof step>),
  [JobName.SEND_ASSESSMENT_SCORED_EMAIL]: z.object({ outboxEventId: id, assessmentId: id }),
  [JobName.RECOMPUTE_ROLE_MATCHES]: z.object({ outboxEventId: id.optional(), roleId: id }),
  [JobName.RECOMPUTE_CANDIDATE_MATCHES]: z.object({ outboxEventId: id.optional(), candidateId: id }),
  [JobName.CANDIDATE_RETENTION]: none,
  [JobName.SEND_REPORT_PUBLISHED_EMAIL]: z.object({ outboxEventId: id, assessmentId: id, userId: id }),
  [JobName.AUDIT_RETENTION]: none,
  [JobName.SOLVE_STAFFING_PLAN]: z.object({ outboxEventId: id, planId: id }),
  [JobName.SEND_SHORTLIST_ANSWER_EMAIL]: z.object({ outboxEventId: id, matchId: id, userId: id }),
  [JobName.DRAFT_REASSESSMENT]: z.object({ outboxEventId: id, engagementId: id, period: z.string().min(1).max(40) }),
};

/**
 * The job's data, checked against its job's shape. A job that names no valid subject can never
 * succeed: it fails once (UnrecoverableError) with what is wrong, instead of being retried.
 */
export function payloadOf<N extends JobName>(job: Pick<Job, 'name' | 'data'>, name: N): JobPayloads[N] {
  const parsed = PAYLOADS[name].safeParse(job.data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const at = i.path.join('.') || 'data';
      return / received undefined$/.test(i.message) ? `${at} is missing` : `${at}: ${i.message}`;
    });
    throw new UnrecoverableError(`${job.name} has bad data: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

/** AppError codes that mean "this subject cannot be processed as it is": retrying changes nothing. */
const FINAL_CODES: ReadonlySet<ErrorCode> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT, ErrorCode.FORBIDDEN]);

/**
 * Runs a job's work as `job:<queue>:<id>` (the request id its audit rows carry); a domain refusal of its subject (an AppError such as "the role starts in
 * year 10000") fails the job once with that message. Anything else is thrown as it is and retried
 * with backoff (a database or Redis hiccup).
 */
export function runJob<T>(job: Pick<Job, 'queueName' | 'id'>, work: () => Promise<T>): Promise<T> {
  return withRequestId(`job:${job.queueName}:${job.id ?? '?'}`, () => failOnceOnRefusal(work));
}

async function failOnceOnRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError && FINAL_CODES.has(e.code)) throw new UnrecoverableError(e.message);
    throw e;
  }
}
