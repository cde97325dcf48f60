import {
  Alert,
  Box,
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
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useRecordContext } from 'react-admin';
import { enumLabel } from '@orchestra/shared';
import { EmptyText } from '../layout/EmptyText';
import { ExcludedCandidatesDocument, exclusionsQueryKey } from '../common/matching/api';
import { request } from '../providers/client';
import { PAGE_SIZES, PoolPagination, WhatWouldChange } from './poolParts';
import type { RoleRecord } from './roleFields';

/**
 * "Why is X not here?": the candidates a hard constraint keeps out (`excludedCandidates`, nearest
 * misses first), how many each constraint excludes, and what would let each one in.
 */
export const NotEligible = () => {
  const role = useRecordContext<RoleRecord>();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(PAGE_SIZES[0]!);
  // A constraint chip filters the list to those failing it (the counts stay those of everyone).
  const [constraint, setConstraint] = useState<string | null>(null);
  const roleId = role?.id ?? '';
  const { data, error, isPending, isPlaceholderData } = useQuery({
    queryKey: exclusionsQueryKey(roleId, page, perPage, constraint),
    queryFn: async () => (await request(ExcludedCandidatesDocument, { roleId, page, perPage, constraint })).excludedCandidates,
    enabled: !!roleId,
    placeholderData: keepPreviousData,
  });
  if (!role) return null;
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : 'The excluded candidates could not be loaded.'}</Alert>;
  if (isPending) return <CircularProgress size={24} />;
  if (!data.total && !constraint) return <EmptyText>Every candidate in the pool meets the role&apos;s hard constraints.</EmptyText>;
  const filterBy = (next: string | null) => {
    setConstraint(next);
    setPage(0);
  };
  return (
    <Box sx={{ opacity: isPlaceholderData ? 0.6 : 1 }}>
      <Typography variant="body2" color="text.secondary">
        {constraint
          ? `${data.total} ${data.total === 1 ? 'candidate fails' : 'candidates fail'} “${enumLabel('MatchConstraint', constraint)}”. By constraint (pick one to filter):`
          : `${data.total} ${data.total === 1 ? 'candidate fails' : 'candidates fail'} at least one hard constraint. By constraint (pick one to filter):`}
      </Typography>
      <Stack direction="row" gap={1} sx={{ my: 1, flexWrap: 'wrap' }} aria-label="Excluded by constraint" role="list">
        {data.byConstraint.map((c) => {
          const selected = constraint === c.constraint;
          return (
            <Box key={c.constraint} role="listitem">
              <Chip
                label={`${enumLabel('MatchConstraint', c.constraint)}: ${c.count}`}
                color={c.count ? 'warning' : 'default'}
                variant={selected ? 'filled' : 'outlined'}
                clickable
                aria-pressed={selected}
                aria-label={`${selected ? 'Showing only' : 'Show only'} ${enumLabel('MatchConstraint', c.constraint)} (${c.count})`}
                onClick={() => filterBy(selected ? null : c.constraint)}
                {...(selected ? { onDelete: () => filterBy(null) } : {})}
              />
            </Box>
          );
        })}
      </Stack>
      {constraint && !data.candidates.length && <EmptyText>Nobody fails this constraint.</EmptyText>}
      <TableContainer>
        <Table size="small" aria-label="Candidates not eligible">
          <TableHead>
            <TableRow>
              <TableCell>Candidate</TableCell>
              <TableCell>Fails</TableCell>
              <TableCell>What would change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.candidates.map((row) => (
              <TableRow key={row.candidateId} aria-label={row.candidate.name} sx={{ verticalAlign: 'top' }}>
                <TableCell>
                  <Typography variant="body2" component={Link} to={`/Candidate/${row.candidateId}/show`} sx={{ fontWeight: 500 }}>
                    {row.candidate.name}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Stack gap={0.5}>
                    {row.failed.map((f) => (
                      <Stack key={`${f.constraint}-${f.detail}`} direction="row" gap={1} sx={{ alignItems: 'baseline' }}>
                        <Chip size="small" color="warning" label={enumLabel('MatchConstraint', f.constraint)} />
                        <Typography variant="caption">{f.detail}</Typography>
                      </Stack>
                    ))}
                  </Stack>
                </TableCell>
                <TableCell sx={{ maxWidth: 320 }}>
                  <WhatWouldChange sentences={row.whatWouldChange} />
                </TableCell>
              </TableRow>
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
