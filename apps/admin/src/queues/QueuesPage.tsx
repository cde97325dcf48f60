import ReplayIcon from '@mui/icons-material/Replay';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { hasPermission, isRole, JOB_SUBJECT_LABELS, jobLabel, Permission, queueLabel } from '@orchestra/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Title, useGetIdentity, useNotify } from 'react-admin';
import { request } from '../providers/client';
import { FAILED_PAGE_SIZE, FailedJobsDocument, QueueStatsDocument, RetryFailedJobDocument, type FailedJob, type QueueStats } from './api';
import { ProgressButton } from '../common/ProgressButton';
import { formatDate, formatTime } from '../common/DateField';

/** Counts and failed jobs refresh this often. */
export const QUEUE_REFRESH_MS = 5000;

const COUNTS: readonly { key: keyof Omit<QueueStats, 'name'>; label: string }[] = [
  { key: 'waiting', label: 'Waiting' },
  { key: 'active', label: 'Active' },
  { key: 'delayed', label: 'Delayed' },
  { key: 'failed', label: 'Failed' },
  { key: 'completed', label: 'Completed' },
];

/** Where a job's subject is shown: its show page, or its edit page for resources without one. */
const SUBJECT_PAGES: Readonly<Record<string, 'show' | 'edit'>> = { Role: 'show', Candidate: 'show', Assessment: 'show', DecisionRecord: 'show', User: 'edit' };

/** "Role: Senior platform engineer", linking to the role; the id when the record is gone. */
const JobSubject = ({ job }: { job: FailedJob }) => {
  if (!job.subjectType || !job.subjectId) return <>—</>;
  const type = (JOB_SUBJECT_LABELS as Record<string, string>)[job.subjectType] ?? job.subjectType;
  const text = `${type}: ${job.subjectLabel ?? `${job.subjectId} (deleted)`}`;
  const page = SUBJECT_PAGES[job.subjectType];
  if (!page || !job.subjectLabel) return <>{text}</>;
  return (
    <Typography variant="body2" component={Link} to={page === 'show' ? `/${job.subjectType}/${job.subjectId}/show` : `/${job.subjectType}/${job.subjectId}`}>
      {text}
    </Typography>
  );
};

const time = (iso: string | null) => (iso ? formatDate(iso, true) : '—');

/** One queue's failed jobs, newest first, 25 a page, each with Retry. */
const FailedJobs = ({ queue }: { queue: string }) => {
  const [page, setPage] = useState(0);
  const [retrying, setRetrying] = useState<string | null>(null);
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({
    queryKey: ['failedJobs', queue, page],
    queryFn: async () => (await request(FailedJobsDocument, { queue, page })).failedJobs,
    refetchInterval: QUEUE_REFRESH_MS,
  });

  const retry = async (job: FailedJob) => {
    setRetrying(job.id);
    try {
      await request(RetryFailedJobDocument, { queue, jobId: job.id });
      notify(`“${jobLabel(job.name)}” (${job.id}) is queued again.`, { type: 'success' });
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['failedJobs', queue] }), queryClient.invalidateQueries({ queryKey: ['queueStats'] })]);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'Could not retry the job.', { type: 'error' });
    } finally {
      setRetrying(null);
    }
  };

  return (
    <Box component="section" aria-labelledby={`failed-${queue}`} sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h3" id={`failed-${queue}`} sx={{ fontWeight: 600 }}>
        Failed jobs in {queueLabel(queue)}
      </Typography>
      {error && <Alert severity="error">{error instanceof Error ? error.message : 'Could not load the failed jobs.'}</Alert>}
      {isPending && <CircularProgress size={20} />}
      {data && !data.length && (
        <Typography variant="body2" color="text.secondary">
          {page === 0 ? 'None left.' : 'No more on this page.'}
        </Typography>
      )}
      {data && data.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={`Failed jobs in ${queueLabel(queue)}`}>
            <TableHead>
              <TableRow>
                <TableCell>Job</TableCell>
                <TableCell>About</TableCell>
                <TableCell>Id</TableCell>
                <TableCell>Error</TableCell>
                <TableCell align="right">Attempts</TableCell>
                <TableCell>Failed at</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((job) => (
                <TableRow key={job.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{jobLabel(job.name)}</TableCell>
                  <TableCell sx={{ maxWidth: 240, wordBreak: 'break-word' }}>
                    <JobSubject job={job} />
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{job.id}</TableCell>
                  <TableCell sx={{ maxWidth: 420 }}>
                    <Typography variant="body2" title={job.failedReason} sx={{ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', wordBreak: 'break-word' }}>
                      {job.failedReason || '—'}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">{job.attemptsMade}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{time(job.failedAt)}</TableCell>
                  <TableCell align="right">
                    <ProgressButton busy={retrying === job.id} size="small" startIcon={<ReplayIcon />} disabled={retrying !== null} onClick={() => void retry(job)} aria-label={`Retry ${jobLabel(job.name)} ${job.id}`}>
                      Retry
                    </ProgressButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {(page > 0 || data?.length === FAILED_PAGE_SIZE) && (
        <Stack direction="row" gap={1} sx={{ mt: 1, alignItems: 'center' }}>
          <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Newer
          </Button>
          <Typography variant="body2" color="text.secondary">
            Page {page + 1}
          </Typography>
          <Button size="small" disabled={data?.length !== FAILED_PAGE_SIZE} onClick={() => setPage(page + 1)}>
            Older
          </Button>
        </Stack>
      )}
    </Box>
  );
};

/** `/queues` (ADMIN): jobs per state in every queue, refreshed every few seconds, and the failed ones with Retry. */
export const QueuesPage = () => {
  const { identity, isPending: identityPending } = useGetIdentity();
  const role = identity?.['role'];
  const allowed = isRole(role) && hasPermission(role, Permission.QUEUE_ADMIN);
  const { data, error, isPending, dataUpdatedAt } = useQuery({
    queryKey: ['queueStats'],
    queryFn: async () => (await request(QueueStatsDocument)).queueStats,
    refetchInterval: QUEUE_REFRESH_MS,
    enabled: allowed,
  });

  let body;
  if (identityPending) body = <CircularProgress size={24} />;
  else if (!allowed) body = <Alert severity="warning">Only administrators see the queues.</Alert>;
  else if (error) body = <Alert severity="error">{error instanceof Error ? error.message : 'Could not load the queues.'}</Alert>;
  else if (isPending) body = <CircularProgress size={24} />;
  else {
    const failing = data.filter((q) => q.failed > 0);
    body = (
      <>
        <TableContainer>
          <Table size="small" aria-label="Queues">
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  Queue
                </TableCell>
                {COUNTS.map((c) => (
                  <TableCell key={c.key} component="th" scope="col" align="right">
                    {c.label}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((q) => (
                <TableRow key={q.name}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                    {queueLabel(q.name)}
                  </TableCell>
                  {COUNTS.map((c) => (
                    <TableCell key={c.key} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {c.key === 'failed' && q.failed > 0 ? <Chip size="small" color="error" label={q.failed} /> : q[c.key]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {failing.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            No failed jobs.
          </Typography>
        ) : (
          failing.map((q) => <FailedJobs key={q.name} queue={q.name} />)
        )}
      </>
    );
  }

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Queues" />
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', gap: 2, mb: 1 }}>
          <Typography variant="h6" component="h2">
            Queues
          </Typography>
          {allowed && dataUpdatedAt > 0 && (
            <Typography variant="caption" color="text.secondary">
              Updated {formatTime(dataUpdatedAt, true)} · every {QUEUE_REFRESH_MS / 1000} s
            </Typography>
          )}
        </Stack>
        {body}
      </CardContent>
    </Card>
  );
};
