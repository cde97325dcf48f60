import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { AssessmentStatus, ErrorCode } from '@orchestra/shared';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Title, useCanAccess } from 'react-admin';
import { useParams } from 'react-router';
import { request } from '../providers/client';
import { errorCodeOf, NETWORK_ERROR } from '../providers/graphql';
import { AssessmentReportDocument, reportQueryKey, type AssessmentReport } from './api';
import { AreaChart } from './AreaChart';
import { formatDate, formatDateTime, level } from './format';
import { GapList } from './GapList';
import { DisclosureNotice } from './DisclosureNotice';
import { Heatmap } from './Heatmap';
import { PrintStyles } from './PrintStyles';
import { WhatChanged } from './WhatChanged';
import { plural } from '../common/plural';

/** While the worker is still rendering the report the API answers CONFLICT: ask again shortly. */
const RENDERING_RETRY_MS = 3000;

const Section = ({ id, title, breakBefore = false, children }: { id: string; title: string; breakBefore?: boolean; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id} className={breakBefore ? 'report-section report-section--break' : 'report-section'}>
    <Typography variant="h6" component="h2" id={id} sx={{ mb: 1.5 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

const Figure = ({ label, value, detail }: { label: string; value: string; detail?: string }) => (
  <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1.5, minWidth: 0 }}>
    <Typography component="dt" variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="h5" sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
      {value}
    </Typography>
    {detail && (
      <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>
        {detail}
      </Typography>
    )}
  </Box>
);

const Summary = ({ report }: { report: AssessmentReport }) => {
  const s = report.summary;
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
      <Figure label="Respondents" value={`${s.submitted} of ${s.invited}`} detail="submitted their answers" />
      <Figure label="Capabilities scored" value={`${s.scored} of ${s.capabilities}`} detail="with at least one valued answer" />
      <Figure label="Gaps" value={String(s.gaps)} detail={s.gaps ? `worst severity ${s.worstSeverity.toFixed(2)}` : 'every target is met'} />
      <Figure label="Overall" value={`${level(s.overallCurrent)} → ${level(s.overallTarget)}`} detail="current → target (1–5)" />
    </Box>
  );
};

const Header = ({ report, staff }: { report: AssessmentReport; staff: boolean }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} sx={{ alignItems: { sm: 'flex-start' } }}>
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="h5" component="h1">
        {report.title}
      </Typography>
      <Typography color="text.secondary">
        {report.clientName} · {report.engagementTitle}
      </Typography>
      <Stack direction="row" gap={1} sx={{ mt: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {report.status === AssessmentStatus.PUBLISHED ? (
          <Chip size="small" color="success" label={`Published ${formatDate(report.publishedAt)}`} />
        ) : (
          <Chip size="small" color="warning" variant="outlined" label="Not published: the client cannot see it yet" />
        )}
        {staff && report.scoredAt && (
          <Typography variant="body2" color="text.secondary">
            Scored {formatDateTime(report.scoredAt)}
          </Typography>
        )}
      </Stack>
    </Box>
    <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()} sx={{ flexShrink: 0 }}>
      Print / save as PDF
    </Button>
  </Stack>
);

function problemText(error: unknown): string {
  switch (errorCodeOf(error)) {
    case ErrorCode.NOT_FOUND:
      return 'This report is not available: it is not scored (or, for a client, not published) yet.';
    case ErrorCode.FORBIDDEN:
      return 'You may not read this report.';
    default:
      return error instanceof Error ? error.message : 'The report could not be loaded.';
  }
}

/**
 * The assessment report: summary, current vs target by area, capabilities by seat, and the gaps
 * worst first with their evidence and ranked options. Staff who may edit assessments decide on
 * the options here; everyone can print it (or save it as a PDF).
 */
export const ReportPage = ({ assessmentId, embedded = false }: { assessmentId: string; embedded?: boolean }) => {
  const { canAccess: canDecide } = useCanAccess({ resource: 'Assessment', action: 'edit' });
  const { canAccess: staff } = useCanAccess({ resource: 'Assessment', action: 'show' });
  const { data: report, isPending, error, refetch, isFetching } = useQuery({
    queryKey: reportQueryKey(assessmentId),
    queryFn: async () => (await request(AssessmentReportDocument, { assessmentId })).assessmentReport,
    // The API's answers are final (NOT_FOUND stays so); only a lost connection is worth a retry.
    retry: (count, e) => count < 2 && errorCodeOf(e) === NETWORK_ERROR,
    refetchInterval: (query) => (errorCodeOf(query.state.error) === ErrorCode.CONFLICT ? RENDERING_RETRY_MS : false),
  });

  let body: ReactNode;
  if (isPending) {
    body = (
      <Stack direction="row" gap={1.5} sx={{ alignItems: 'center', py: 4 }} role="status">
        <CircularProgress size={24} />
        <Typography color="text.secondary">Loading the report…</Typography>
      </Stack>
    );
  } else if (error || !report) {
    const rendering = errorCodeOf(error) === ErrorCode.CONFLICT;
    body = (
      <Alert
        severity={rendering ? 'info' : 'error'}
        action={
          <Button color="inherit" size="small" disabled={isFetching} onClick={() => void refetch()}>
            Try again
          </Button>
        }
      >
        {problemText(error)}
      </Alert>
    );
  } else {
    body = (
      <Stack gap={4} className="orchestra-report">
        <PrintStyles />
        <Header report={report} staff={!!staff} />
        {report.changes && (
          <Section id="report-changes" title="What changed">
            <WhatChanged changes={report.changes} />
          </Section>
        )}
        <Section id="report-summary" title="Summary">
          <Summary report={report} />
        </Section>
        <Section id="report-areas" title="Current vs target by area">
          <AreaChart areas={report.areas} />
        </Section>
        <Section id="report-heatmap" title="Capabilities by respondent role" breakBefore>
          <Stack gap={1.5}>
            <DisclosureNotice disclosure={report.disclosure} staff={!!staff} />
            <Heatmap heatmap={report.heatmap} />
          </Stack>
        </Section>
        <Section id="report-gaps" title={`Gaps, worst first (${report.gaps.length})`} breakBefore>
          <GapList
            gaps={report.gaps}
            assessmentId={report.assessmentId}
            canDecide={!!canDecide}
            identifiable={new Set(report.heatmap.columns.filter((c) => c.identifiable).map((c) => c.key))}
          />
        </Section>
        <Typography variant="caption" color="text.secondary">
          Report rendered {formatDateTime(report.renderedAt)} · {plural(report.summary.submitted, 'response')}.{' '}
          {staff
            ? 'Answers are shown here by seat, never by name; the client sees no group of fewer than the anonymity threshold.'
            : `Answers are never shown by name or seat; no figure comes from fewer than ${report.disclosure.threshold} people.`}
        </Typography>
      </Stack>
    );
  }

  if (embedded) return <Box sx={{ py: 1 }}>{body}</Box>;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={report ? `Report: ${report.title}` : 'Report'} />
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>{body}</CardContent>
    </Card>
  );
};

/** `/reports/:assessmentId`: the report on its own page, for CLIENT users (and any reader with the link). */
export const ClientReportPage = () => {
  const { assessmentId } = useParams<{ assessmentId: string }>();
  if (!assessmentId) return null;
  return <ReportPage assessmentId={assessmentId} />;
};
