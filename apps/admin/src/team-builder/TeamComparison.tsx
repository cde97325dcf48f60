import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Fact } from '../common/Fact';
import { formatMoney } from '../common/matching/money';
import { formatScore } from '../common/matching/matchFormat';
import type { TeamChoice } from './api';
import { hours, percent, startDay } from './format';

export type TeamKind = 'exact' | 'greedy';

export const TEAM_LABELS: Readonly<Record<TeamKind, string>> = { exact: 'Exact team', greedy: 'Greedy team' };

const TEAM_NOTES: Readonly<Record<TeamKind, string>> = {
  exact: 'The best weighted coverage within the sizes and budget.',
  greedy: 'Adds, one at a time, whoever covers the most still uncovered weight.',
};

/** One side of the comparison: its coverage, score, cost, start and shared hours, and who is in it. */
const TeamCard = ({ kind, team, currency, selected }: { kind: TeamKind; team: TeamChoice; currency: string | null; selected: boolean }) => (
  <Card variant="outlined" sx={{ flex: 1, minWidth: 0, borderColor: selected ? 'primary.main' : 'divider', borderWidth: selected ? 2 : 1 }} aria-label={TEAM_LABELS[kind]} role="region">
      <CardContent>
        <Stack direction="row" gap={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h6" component="h3">
            {TEAM_LABELS[kind]}
          </Typography>
          {selected && <Chip size="small" color="primary" label="Shown below" />}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {TEAM_NOTES[kind]}
        </Typography>
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 1.5 }}>
          <Fact minWidth={0} label="Coverage">{percent(team.coverage)}</Fact>
          <Fact minWidth={0} label="Total score">{formatScore(team.totalScore)}</Fact>
          <Fact minWidth={0} label="Total cost">{formatMoney(team.totalCostMinor, currency)}</Fact>
          <Fact minWidth={0} label="Can start">{startDay(team.availableFrom)}</Fact>
          <Fact minWidth={0} label="Shared hours">{hours(team.sharedHours)}</Fact>
        </Box>
        <Typography variant="body2" sx={{ mt: 1.5 }}>
          {team.members.length ? team.members.map((m) => m.candidateName).join(', ') : 'Nobody'}
        </Typography>
        {team.uncovered.length > 0 && (
          <Typography variant="body2" color="warning.dark" sx={{ mt: 0.5 }}>
            Uncovered: {team.uncovered.join(', ')}
          </Typography>
        )}
      </CardContent>
  </Card>
);

/** The exact team and the greedy team side by side; the one shown in the matrix is outlined. */
export const TeamComparison = ({ exact, greedy, currency, shown }: { exact: TeamChoice; greedy: TeamChoice; currency: string | null; shown: TeamKind }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
    <TeamCard kind="exact" team={exact} currency={currency} selected={shown === 'exact'} />
    <TeamCard kind="greedy" team={greedy} currency={currency} selected={shown === 'greedy'} />
  </Stack>
);
