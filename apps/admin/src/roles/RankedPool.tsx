import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import {
  Alert,
  Box,
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
import { MatchStage, RoleStatus } from '@orchestra/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { RankCandidatesDocument, rankingQueryKey, ShortlistCandidateDocument, type RankedCandidate } from '../common/matching/api';
import { FactorBars } from '../common/matching/FactorBars';
import { MatchMoveButtons } from '../common/matching/MatchMoveButtons';
import { formatScore } from '../common/matching/matchFormat';
import { placementDefaults } from '../common/matching/placementDefaults';
import { StageChip } from '../common/matching/StageChip';
import { request } from '../providers/client';
import { PAGE_SIZES, PoolPagination, WhatWouldChange } from './poolParts';
import type { RoleRecord } from './roleFields';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';
import { plural } from '../common/plural';

const RankedRow = ({ role, row, canManage }: { role: RoleRecord; row: RankedCandidate; canManage: boolean }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const { busy, run: runBusy } = useBusy();
  const name = row.candidate.name;
  // The API closes the pipeline of a filled or cancelled role: nobody joins it, a match can only leave it.
  const open = role.status === RoleStatus.OPEN;
  const canShortlist = canManage && open && (!row.match || row.match.stage === MatchStage.SUGGESTED);

  const shortlist = async () => {
    await runBusy(async () => {
      try {
        await request(ShortlistCandidateDocument, { roleId: role.id, candidateId: row.candidateId });
        notify(`${name} is shortlisted.`, { type: 'success' });
        refresh();
      } catch (error) {
        notify(error instanceof Error ? error.message : 'Could not shortlist.', { type: 'error' });
      }
    });
  };

  return (
    <TableRow aria-label={`${row.rank}. ${name}`} sx={{ verticalAlign: 'top' }}>
      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {row.rank}
      </TableCell>
      <TableCell>
        <Typography variant="body2" component={Link} to={`/Candidate/${row.candidateId}/show`} sx={{ fontWeight: 500 }}>
          {name}
        </Typography>
      </TableCell>
      <TableCell align="right">
        <Typography variant="h6" component="span" aria-label={`Score ${formatScore(row.score)}`} sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatScore(row.score)}
        </Typography>
      </TableCell>
      <TableCell sx={{ minWidth: 320 }}>
        <FactorBars factors={row.factors} />
      </TableCell>
      <TableCell sx={{ maxWidth: 260 }}>
        <WhatWouldChange sentences={row.whatWouldChange} />
      </TableCell>
      <TableCell>{row.match ? <StageChip stage={row.match.stage} /> : <Typography variant="caption" color="text.secondary">Not in the pipeline</Typography>}</TableCell>
      {canManage && (
        <TableCell>
          <Stack gap={0.5} sx={{ alignItems: 'flex-start' }}>
            {canShortlist && (
              <ProgressButton busy={busy} size="small" variant="contained" startIcon={<PlaylistAddIcon />} onClick={() => void shortlist()} aria-label={`Shortlist ${name}`}>
                Shortlist
              </ProgressButton>
            )}
            {row.match && (
              <MatchMoveButtons
                match={row.match}
                candidateName={name}
                only={open ? [MatchStage.SUBMITTED, MatchStage.REJECTED] : [MatchStage.REJECTED]}
                clientId={role.clientId}
                placement={() => placementDefaults(role, row.candidate)}
              />
            )}
          </Stack>
        </TableCell>
      )}
    </TableRow>
  );
};

/**
 * The live ranking of the eligible pool (`rankCandidates`), a page at a time: each candidate's
 * score with its per-factor breakdown and what would change the rank, the stored match's stage,
 * and the first pipeline moves (shortlist, submit, reject).
 */
export const RankedPool = () => {
  const role = useRecordContext<RoleRecord>();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'Match', action: 'edit' });
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(PAGE_SIZES[0]!);
  const roleId = role?.id ?? '';
  const { data, error, isPending, isPlaceholderData } = useQuery({
    queryKey: rankingQueryKey(roleId, page, perPage),
    queryFn: async () => (await request(RankCandidatesDocument, { roleId, page, perPage })).rankCandidates,
    enabled: !!roleId,
    placeholderData: keepPreviousData,
  });
  if (!role) return null;
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : 'The ranking could not be loaded.'}</Alert>;
  if (isPending) return <CircularProgress size={24} />;
  if (!data.total) return <EmptyText>No candidate meets this role&apos;s hard constraints: see “Not eligible” for the nearest misses.</EmptyText>;
  return (
    <Box sx={{ opacity: isPlaceholderData ? 0.6 : 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {plural(data.total, 'eligible candidate')}, best first
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Ranked candidates">
          <TableHead>
            <TableRow>
              <TableCell align="right">Rank</TableCell>
              <TableCell>Candidate</TableCell>
              <TableCell align="right">Score</TableCell>
              <TableCell>Breakdown (points)</TableCell>
              <TableCell>What would change</TableCell>
              <TableCell>Stage</TableCell>
              {canManage && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.candidates.map((row) => (
              <RankedRow key={row.candidateId} role={role} row={row} canManage={canManage} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <PoolPagination
        total={data.total}
        page={page}
        perPage={perPage}
        onChange={(p, size) => {
          setPage(p);
          setPerPage(size);
        }}
      />
    </Box>
  );
};
