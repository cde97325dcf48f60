import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Fact } from '../common/Fact';
import { formatMoney } from '../common/matching/money';
import { formatScore } from '../common/matching/matchFormat';
import type { StaffingPlanRecord, StaffingSide } from './api';

const Side = ({ title, hint, side, roles, currency }: { title: string; hint: string; side: StaffingSide; roles: number; currency: string | null }) => (
  <Card variant="outlined" sx={{ flex: 1 }} component="section" aria-label={title}>
    <CardContent>
      <Typography variant="subtitle1" component="h2">
        {title}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {hint}
      </Typography>
      <Stack direction="row" component="dl" sx={{ flexWrap: 'wrap', gap: 2, mt: 1, mb: 0 }}>
        <Fact label="Total score">{formatScore(side.totalScore)}</Fact>
        <Fact label="Roles filled">{`${side.filled} of ${roles}`}</Fact>
        <Fact label="Total cost">{formatMoney(side.totalCostMinor, currency)}</Fact>
      </Stack>
    </CardContent>
  </Card>
);

/** The optimal plan beside greedy's (each role in turn takes its best remaining candidate). */
export const PlanComparison = ({ plan }: { plan: StaffingPlanRecord }) => {
  if (!plan.plan || !plan.greedy) return null;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
      <Side title="The plan" hint="Best total over all roles at once." side={plan.plan} roles={plan.roles.length} currency={plan.currency} />
      <Side title="Greedy" hint="Most urgent role first, each takes its best remaining candidate." side={plan.greedy} roles={plan.roles.length} currency={plan.currency} />
    </Stack>
  );
};
