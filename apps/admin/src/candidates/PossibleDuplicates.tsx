import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useCanAccess, useRecordContext } from 'react-admin';
import { request } from '../providers/client';
import { CandidateDuplicatesDocument, duplicatesQueryKey } from './api';
import type { CandidateRecord } from './candidateFields';

/** Records that look like the same person (`candidateDuplicates`), each with a way to the merge screen. */
export const PossibleDuplicates = () => {
  const candidate = useRecordContext<CandidateRecord>();
  const { canAccess: canMerge } = useCanAccess({ resource: 'Candidate', action: 'edit' });
  const id = candidate?.id ?? '';
  const { data } = useQuery({ queryKey: duplicatesQueryKey(id), queryFn: async () => (await request(CandidateDuplicatesDocument, { id })).candidateDuplicates, enabled: !!id });
  if (!candidate || !data?.length) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }}>
      <AlertTitle>Possible duplicates</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label="Possible duplicates">
        {data.map((d) => (
          <li key={d.candidate.id}>
            <Link to={`/Candidate/${d.candidate.id}/show`}>{d.candidate.name}</Link>
            <Typography component="span" variant="body2" color="text.secondary">
              {' '}
              ({d.candidate.email}
              {d.candidate.location ? `, ${d.candidate.location}` : ''}) — {d.reasons.join(', ')}
            </Typography>
            {canMerge && (
              <Button size="small" component={Link} to={`/Candidate/${candidate.id}/merge/${d.candidate.id}`} sx={{ ml: 1 }}>
                Merge…
              </Button>
            )}
          </li>
        ))}
      </Box>
    </Alert>
  );
};
