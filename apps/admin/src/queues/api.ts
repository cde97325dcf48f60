import { signedInGql } from '../providers/signedInGql';

// Queue administration (ADMIN, Permission.QUEUE_ADMIN): counts per state, failed jobs, retry.

export interface QueueStats {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

export interface FailedJob {
  queue: string;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: string | null;
  /** What the job is about: a resource name (Role, Candidate…), its id, and its title or name. */
  subjectType: string | null;
  subjectId: string | null;
  /** Null when the subject no longer exists. */
  subjectLabel: string | null;
}

/** The API pages failed jobs 25 at a time. */
export const FAILED_PAGE_SIZE = 25;

const QUEUE_STATS = `query QueueStats { queueStats { name waiting active delayed failed completed } }`;
const FAILED_JOBS = `query FailedJobs($queue: String!, $page: Int) { failedJobs(queue: $queue, page: $page) { queue id name failedReason attemptsMade failedAt subjectType subjectId subjectLabel } }`;
const RETRY_FAILED_JOB = `mutation RetryFailedJob($queue: String!, $jobId: String!) { retryFailedJob(queue: $queue, jobId: $jobId) { queue id name } }`;

export async function fetchQueueStats(): Promise<QueueStats[]> {
  return (await signedInGql<{ queueStats: QueueStats[] }>(QUEUE_STATS)).queueStats;
}

export async function fetchFailedJobs(queue: string, page: number): Promise<FailedJob[]> {
  return (await signedInGql<{ failedJobs: FailedJob[] }>(FAILED_JOBS, { queue, page })).failedJobs;
}

export async function retryFailedJob(queue: string, jobId: string): Promise<void> {
  await signedInGql(RETRY_FAILED_JOB, { queue, jobId });
}
