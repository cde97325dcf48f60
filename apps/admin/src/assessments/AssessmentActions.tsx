import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { graphql } from '../gql';
import type { Assessment, AssessmentProgress } from '../gql/schema';
import { request } from '../providers/client';
import type { OrchestraDataProvider } from '../providers/dataProvider';
import { ReportDisclosureDocument } from '../reports/api';
import { DisclosureNotice } from '../reports/DisclosureNotice';
import { formatDate } from '../reports/format';
import { newIdempotencyKey } from '../common/idempotency';

type AssessmentRecord = Pick<Assessment, 'id' | 'title' | 'status' | 'publishedAt'> & { progress?: Pick<AssessmentProgress, 'submitted' | 'invited'> };

const PublishAssessmentReportDocument = graphql(`
  mutation PublishAssessmentReport($id: ID!, $idempotencyKey: String) {
    publishAssessmentReport(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
      publishedAt
    }
  }
`);

/** While an assessment is open, responses arrive: the page refreshes itself every few seconds. */
export const LiveRefresh = ({ everyMs = 5000 }: { everyMs?: number }) => {
  const record = useRecordContext<AssessmentRecord>();
  const refresh = useRefresh();
  const open = record?.status === 'OPEN';
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(refresh, everyMs);
    return () => clearInterval(timer);
  }, [open, refresh, everyMs]);
  return null;
};

/** The publish confirmation's account of the anonymity rule: what is merged or hidden, and why. */
const PublishDisclosure = ({ assessmentId }: { assessmentId: string }) => {
  const { data, isPending, error } = useQuery({ queryKey: ['reportDisclosure', assessmentId], queryFn: async () => (await request(ReportDisclosureDocument, { assessmentId })).assessmentReport.disclosure });
  if (isPending) return <CircularProgress size={20} aria-label="Checking what the client will see" />;
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : 'Could not check what the client will see.'}</Alert>;
  return <DisclosureNotice disclosure={data} staff />;
};

/**
 * Open (DRAFT), Close (OPEN) and Publish to the client (SCORED) with the API's rules; closing with
 * no response asks for a reason, publishing asks to confirm. A published assessment says when.
 */
export const AssessmentActions = () => {
  const record = useRecordContext<AssessmentRecord>();
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'Assessment', action: 'edit' });
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  // One key per click: a retried request (double click, flaky network) acts once.
  const key = useRef<string>('');
  if (!record) return null;
  if (record.status === 'PUBLISHED') {
    return (
      <Typography variant="body2" color="text.secondary">
        {record.publishedAt ? `Published on ${formatDate(record.publishedAt)}` : 'Published'}: the client's people can read the report.
      </Typography>
    );
  }
  if (!canAccess) return null;

  const run = async (what: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await what();
      notify(done, { type: 'success' });
      setAsking(false);
      setConfirmingPublish(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'That did not work.', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const open = () => {
    key.current = newIdempotencyKey();
    void run(() => dataProvider.openAssessment({ id: record.id, idempotencyKey: key.current }), 'Assessment opened: the invitations are on their way.');
  };
  const close = (force: boolean) => {
    key.current = newIdempotencyKey();
    void run(
      () => dataProvider.closeAssessment({ id: record.id, force, reason: force ? reason : null, idempotencyKey: key.current }),
      'Assessment closed: no more answers are accepted.',
    );
  };
  const publish = () => {
    key.current = newIdempotencyKey();
    void run(() => request(PublishAssessmentReportDocument, { id: record.id, idempotencyKey: key.current }), "Published: the client's people can now read the report.");
  };
  const noResponses = !record.progress?.submitted;

  return (
    <Stack direction="row" gap={1}>
      {record.status === 'DRAFT' && (
        <Button variant="contained" disabled={busy} onClick={open}>
          Open and send invitations
        </Button>
      )}
      {record.status === 'OPEN' && (
        <Button variant="outlined" disabled={busy} onClick={() => (noResponses ? setAsking(true) : close(false))}>
          Close assessment
        </Button>
      )}
      {record.status === 'SCORED' && (
        <Button variant="contained" disabled={busy} onClick={() => setConfirmingPublish(true)}>
          Publish to the client
        </Button>
      )}
      <Dialog open={confirmingPublish} onClose={() => setConfirmingPublish(false)} aria-labelledby="publish-report-title">
        <DialogTitle id="publish-report-title">Publish the report to the client?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            The client's signed-in people will be able to read the report: scores, gaps, the answers behind them (never by name or seat) and the ranked
            options with their reasons. Publishing cannot be undone.
          </DialogContentText>
          {confirmingPublish && <PublishDisclosure assessmentId={record.id} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmingPublish(false)}>Not yet</Button>
          <Button variant="contained" disabled={busy} onClick={publish}>
            Publish
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="close-assessment-title">
        <DialogTitle id="close-assessment-title">Close with no submitted response?</DialogTitle>
        <DialogContent>
          <DialogContentText>Nobody has submitted yet, so there will be nothing to score. Say why you are closing it; the reason is kept on the assessment.</DialogContentText>
          <MuiTextField autoFocus fullWidth multiline minRows={2} margin="normal" label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>Keep it open</Button>
          <Button color="warning" variant="contained" disabled={busy || !reason.trim()} onClick={() => close(true)}>
            Close anyway
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
