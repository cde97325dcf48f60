import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { Link, SaveButton } from 'react-admin';
import type { DuplicateHint } from '../providers/graphql';
import { toCandidateArgs, type CandidateFormValues } from './candidateFields';

/**
 * What the API answered instead of creating: the likely duplicates (opened in a new tab, so the
 * form stays filled) and "Create anyway", which sends the same form with allowDuplicate: true.
 * Rendered inside the form, whose values it submits.
 */
export const LikelyDuplicatesAlert = ({ duplicates }: { duplicates: readonly DuplicateHint[] }) => (
  <Alert severity="warning" sx={{ mb: 2, width: '100%' }} role="alert">
    <AlertTitle>{duplicates.length === 1 ? 'This person may already be in the pool' : 'These people may already be in the pool'}</AlertTitle>
    <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label="Likely duplicates">
      {duplicates.map((d) => (
        <li key={d.id}>
          <Link to={`/Candidate/${d.id}/show`} target="_blank" rel="noopener">
            {d.name}
          </Link>
          <Typography component="span" variant="body2" color="text.secondary">
            {' '}
            — {d.reasons.join(', ')}
          </Typography>
        </li>
      ))}
    </Box>
    <Typography variant="body2" sx={{ my: 1 }}>
      Open them to check. If this is someone else, create the candidate anyway; if it is the same person, update the existing record instead.
    </Typography>
    <SaveButton
      type="button"
      label="Create anyway"
      variant="outlined"
      color="warning"
      alwaysEnable
      transform={(data: CandidateFormValues) => ({ ...toCandidateArgs(data), allowDuplicate: true })}
    />
  </Alert>
);
