import { graphql } from '../gql';
import type { FailedJobsQuery, QueueStatsQuery } from '../gql/graphql';

// Queue administration (ADMIN, Permission.QUEUE_ADMIN): counts per state, failed jobs, retry; run with `request`.

/** The API pages failed jobs 25 at a time. */
export const FAILED_PAGE_SIZE = 25;

export const QueueStatsDocument = graphql(`
  query QueueStats {
    queueStats {
      name
      waiting
      active
      delayed
      failed
      completed
    }
  }
`);

export const FailedJobsDocument = graphql(`
  query FailedJobs($queue: String!, $page: Int) {
    failedJobs(queue: $queue, page: $page) {
      queue
      id
      name
      failedReason
      attemptsMade
      failedAt
      subjectType
      subjectId
      subjectLabel
    }
  }
`);

export const RetryFailedJobDocument = graphql(`
  mutation RetryFailedJob($queue: String!, $jobId: String!) {
    retryFailedJob(queue: $queue, jobId: $jobId) {
      queue
      id
      name
    }
  }
`);

export type QueueStats = QueueStatsQuery['queueStats'][number];
export type FailedJob = FailedJobsQuery['failedJobs'][number];
