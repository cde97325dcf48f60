import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { closeOutstanding, recipientsSentence } from '@orchestra/shared';
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
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';

type AssessmentRecord = Pick<Assessment, 'id' | 'title' | 'status' | 'publishedAt'> & { progress?: Pick<AssessmentProgress, 'submitted' | 'invited' | 'started'> };

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

const ReportRecipientsDocument = graphql(`
  query ReportRecipients($assessmentId: ID!) {
    reportRecipients(assessmentId: $assessmentId) {
      id
      name
      email
    }
  }
`);

/** The publish confirmation's account of who is told: the client's signed-in people, by name. */
const PublishRecipients = ({ assessmentId }: { assessmentId: string }) => {
  const { data, isPending, error } = useQuery({ queryKey: ['reportRecipients', assessmentId], queryFn: async () => (await request(ReportRecipientsDocument, { assessmentId })).reportRecipients });
  if (isPending) return <CircularProgress size={20} aria-label="Checking who will be told" />;
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : 'Could not check who will be told.'}</Alert>;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {recipientsSentence(data)}
    </Alert>
  );
};

/** The publish confirmation's account of the anonymity rule: what is merged or hidden, and why. */
const PublishDisclosure = ({ assessmentId }: { assessmentId: string }) => {
  const { data, isPending, error } = useQuery({ queryKey: ['reportDisclosure', assessmentId], queryFn: async () => (await request(ReportDisclosureDocument, { assessmentId })).assessmentReport.disclosure });
  if (isPending) return <CircularProgress size={20} aria-label="Checking what the client will see" />;
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : 'Could not check what the client will see.'}</Alert>;
  return <DisclosureNotice disclosure={data} staff />;
};

/**
 * Open (DRAFT), Close (OPEN) and Publish to the client (SCORED) with the API's rules. Closing
 * confirms what is left outstanding and asks why (required); publishing confirms who is told and
 * what the anonymity rule merges or hides. A published assessment says when.
 */
export const AssessmentActions = () => {
  const record = useRecordContext<AssessmentRecord>();
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'Assessment', action: 'edit' });
  const { busy, run: runBusy } = useBusy();
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
    await runBusy(async () => {
      try {
        await what();
        notify(done, { type: 'success' });
        setAsking(false);
        setConfirmingPublish(false);
        refresh();
      } catch (error) {
        notify(error instanceof Error ? error.message : 'That did not work.', { type: 'error' });
      }
    });
  };
  const open = () => {
    key.current = newIdempotencyKey();
    void run(() => dataProvider.openAssessment({ id: record.id, idempotencyKey: key.current }), 'Assessment opened: the invitations are on their way.');
  };
  const close = () => {
    key.current = newIdempotencyKey();
    void run(
      () => dataProvider.closeAssessment({ id: record.id, force: noResponses, reason: reason.trim(), idempotencyKey: key.current }),
      'Assessment closed: no more answers are accepted.',
    );
  };
  const publish = () => {
    key.current = newIdempotencyKey();
    void run(() => request(PublishAssessmentReportDocument, { id: record.id, idempotencyKey: key.current }), "Published: the client's people can now read the report.");
  };
  const noResponses = !record.progress?.submitted;
  const outstanding = closeOutstanding({ invited: record.progress?.invited ?? 0, started: record.progress?.started ?? 0, submitted: record.progress?.submitted ?? 0 });

  return (
    <Stack direction="row" gap={1}>
      {record.status === 'DRAFT' && (
        <ProgressButton busy={busy} variant="contained" onClick={open}>
          Open and send invitations
        </ProgressButton>
      )}
      {record.status === 'OPEN' && (
        <Button variant="outlined" disabled={busy} onClick={() => setAsking(true)}>
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
          {confirmingPublish && <PublishRecipients assessmentId={record.id} />}
          {confirmingPublish && <PublishDisclosure assessmentId={record.id} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmingPublish(false)}>Not yet</Button>
          <ProgressButton busy={busy} variant="contained" onClick={publish}>
            Publish
          </ProgressButton>
        </DialogActions>
      </Dialog>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="close-assessment-title">
        <DialogTitle id="close-assessment-title">{noResponses ? 'Close with no submitted response?' : 'Close the assessment?'}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {noResponses
              ? 'Nobody has submitted yet, so there will be nothing to score.'
              : `${record.progress?.submitted ?? 0} of ${record.progress?.invited ?? 0} invited people submitted: their answers are scored.`}{' '}
            No more answers are accepted once it is closed; this cannot be undone.
          </DialogContentText>
          {outstanding.length > 0 && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {outstanding.join(' ')}
            </Alert>
          )}
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            margin="normal"
            label="Reason"
            required
            helperText="Required: kept on the assessment for the record."
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>Keep it open</Button>
          <ProgressButton busy={busy} color="warning" variant="contained" disabled={!reason.trim()} onClick={close}>
            {noResponses ? 'Close anyway' : 'Close assessment'}
          </ProgressButton>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
