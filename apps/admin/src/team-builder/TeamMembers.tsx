import { Box, Typography } from '@mui/material';
import { formatMoney } from '../common/matching/money';
import { formatScore } from '../common/matching/matchFormat';
import type { TeamMember } from './api';
import { percent } from './format';

/** What a member's best replacement from outside the team would cost ("Xavi Wide: 25% less coverage, 3.2 points less score"). */
function replacement(alt: NonNullable<TeamMember['alternative']>): string {
  const coverage = alt.coverageLoss > 0 ? `${percent(alt.coverageLoss)} less coverage` : alt.coverageLoss < 0 ? `${percent(-alt.coverageLoss)} more coverage` : 'the same coverage';
  const score = alt.scoreLoss > 0 ? `${formatScore(alt.scoreLoss)} points less score` : alt.scoreLoss < 0 ? `${formatScore(-alt.scoreLoss)} points more score` : 'the same score';
  return `${alt.candidateName}: ${coverage}, ${score}`;
}

/**
 * Under the matrix: each member's score and cost, and the API's explanation in words (what only
 * they cover, who would replace them and at what loss); the best replacement is added only when
 * the explanation does not already name it.
 */
export const TeamMembers = ({ members, currency, label }: { members: TeamMember[]; currency: string | null; label: string }) => (
  <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none' }} aria-label={`Why each member: ${label}`}>
    {members.map((m) => (
      <Box component="li" key={m.candidateId} sx={{ py: 1.25, borderTop: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle2" component="h4">
          {m.candidateName}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Score {formatScore(m.score)} · cost {formatMoney(m.costMinor, currency)}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {m.explanation}
        </Typography>
        {m.alternative && !m.explanation.includes(m.alternative.candidateName) && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
            Best replacement: {replacement(m.alternative)}
          </Typography>
        )}
      </Box>
    ))}
  </Box>
);
