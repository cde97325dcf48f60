import MergeIcon from '@mui/icons-material/MergeType';
import { Alert, Box, Button, Card, CardActions, CardContent, CircularProgress, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, Link, RecordContextProvider, Title, useCanAccess, useGetOne, useNotify, useRedirect } from 'react-admin';
import { useParams } from 'react-router';
import { enumLabel } from '@orchestra/shared';
import { formatMoney } from '../common/matching/money';
import { request } from '../providers/client';
import { formatDate } from '../reports/format';
import { MergeCandidatesDocument } from './api';
import { type CandidateRecord } from './candidateFields';
import { SkillLevels } from './SkillLevels';
import { useBusy } from '../common/useBusy';
import { ConfirmProgress } from '../common/ProgressButton';

const ROWS: readonly { label: string; value: (c: CandidateRecord) => string }[] = [
  { label: 'E-mail', value: (c) => c.email },
  { label: 'Phone', value: (c) => c.phone ?? '—' },
  { label: 'Profile URL', value: (c) => c.profileUrl ?? '—' },
  { label: 'Location', value: (c) => c.location ?? '—' },
  { label: 'Time zone', value: (c) => c.timeZone },
  { label: 'Kind', value: (c) => enumLabel('CandidateKind', c.kind) },
  { label: 'Seniority', value: (c) => enumLabel('Seniority', c.seniority) },
  { label: 'Available from', value: (c) => c.availableFrom },
  { label: 'Day rate', value: (c) => formatMoney(c.dayRateMinor, c.currency) },
  { label: 'Consent', value: (c) => `${enumLabel('ConsentBasis', c.consentBasis)}, ${c.consentValid ? 'valid' : 'not valid'} (expires ${formatDate(c.consentExpiresAt)})` },
  { label: 'Last contact', value: (c) => formatDate(c.lastContactAt) },
  { label: 'Notes', value: (c) => String(c.notes?.length ?? 0) },
  { label: 'Created', value: (c) => formatDate(c.createdAt) },
];

const Side = ({ candidate, other, onKeep }: { candidate: CandidateRecord; other: CandidateRecord; onKeep: () => void }) => (
  <Card variant="outlined" component="section" aria-label={candidate.name} sx={{ flex: 1, minWidth: 280 }}>
    <CardContent>
      <Typography variant="h6" component="h2">
        <Link to={`/Candidate/${candidate.id}/show`}>{candidate.name}</Link>
      </Typography>
      <Table size="small">
        <TableBody>
          {ROWS.map((r) => {
            const value = r.value(candidate);
            return (
              <TableRow key={r.label}>
                <TableCell component="th" scope="row" sx={{ color: 'text.secondary', width: 130 }}>
                  {r.label}
                </TableCell>
                {/* Where the two records differ, the value is emphasised. */}
                <TableCell sx={{ fontWeight: value !== r.value(other) ? 600 : undefined }}>{value}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
        Skills
      </Typography>
      <RecordContextProvider value={candidate}>
        <SkillLevels />
      </RecordContextProvider>
    </CardContent>
    <CardActions>
      <Button variant="contained" startIcon={<MergeIcon />} onClick={onKeep} aria-label={`Keep ${candidate.name}`}>
        Keep this one
      </Button>
    </CardActions>
  </Card>
);

/**
 * The two records side by side. "Keep this one" merges the other into it (`mergeCandidates`:
 * skills, matches, placements and notes move, the other is deleted) and opens the kept record.
 */
export const CandidateMerge = ({ id, otherId }: { id: string; otherId: string }) => {
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'Candidate', action: 'edit' });
  const first = useGetOne<CandidateRecord>('Candidate', { id }, { enabled: !!id });
  const second = useGetOne<CandidateRecord>('Candidate', { id: otherId }, { enabled: !!otherId });
  const notify = useNotify();
  const redirect = useRedirect();
  const [keep, setKeep] = useState<{ kept: CandidateRecord; merged: CandidateRecord } | null>(null);
  const { busy, run: runBusy } = useBusy();

  const merge = async () => {
    if (!keep) return;
    await runBusy(async () => {
      try {
        const kept = (await request(MergeCandidatesDocument, { keepId: keep.kept.id, mergeId: keep.merged.id })).mergeCandidates;
        notify(`${keep.merged.name} is merged into ${kept.name}.`, { type: 'success' });
        setKeep(null);
        redirect('show', 'Candidate', kept.id);
      } catch (error) {
        notify(error instanceof Error ? error.message : 'The merge failed.', { type: 'error' });
      }
    });
  };

  let body;
  if (accessPending || first.isPending || second.isPending) body = <CircularProgress size={24} />;
  else if (!canAccess) body = <Alert severity="warning">Only recruiters and administrators merge candidates.</Alert>;
  else if (first.error || second.error || !first.data || !second.data) body = <Alert severity="error">One of the two candidates could not be loaded (merged or erased already?).</Alert>;
  else if (id === otherId) body = <Alert severity="error">A candidate cannot be merged with itself.</Alert>;
  else {
    const a = first.data;
    const b = second.data;
    body = (
      <>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Choose the record to keep. The other one&apos;s skills, matches, placements and notes move to it, then the other record is deleted. Differences are in bold.
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
          <Side candidate={a} other={b} onKeep={() => setKeep({ kept: a, merged: b })} />
          <Side candidate={b} other={a} onKeep={() => setKeep({ kept: b, merged: a })} />
        </Stack>
        <Confirm
          isOpen={keep !== null}
          loading={busy}
          ConfirmIcon={busy ? ConfirmProgress : undefined}
          title={keep ? `Keep ${keep.kept.name}?` : ''}
          content={keep ? `${keep.merged.name} (${keep.merged.email}) will be merged into ${keep.kept.name} (${keep.kept.email}) and deleted. This cannot be undone.` : ''}
          confirm="Merge"
          onConfirm={() => void merge()}
          onClose={() => setKeep(null)}
        />
      </>
    );
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Merge candidates" />
      <Typography variant="h6" component="h1" gutterBottom>
        Merge duplicate candidates
      </Typography>
      {body}
    </Box>
  );
};

/** `/Candidate/:id/merge/:otherId`, opened from a duplicate warning's "Merge…". */
export const CandidateMergePage = () => {
  const { id = '', otherId = '' } = useParams();
  return <CandidateMerge id={id} otherId={otherId} />;
};
