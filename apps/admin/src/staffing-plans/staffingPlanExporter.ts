import { formatMoneyUnits } from '@orchestra/shared';
import type { RaRecord } from 'react-admin';
import { col, csvExporter, type CsvColumn } from '../common/csvExport';
import { formatScore } from '../common/matching/matchFormat';
import type { StaffingPlanRecord } from './api';
import { solverLabel } from './staffingFormat';

type Row = RaRecord & Partial<StaffingPlanRecord>;

const side = (header: string, value: (s: NonNullable<StaffingPlanRecord['plan']>, r: Row) => string | number, which: 'plan' | 'greedy'): CsvColumn<Row> => ({
  header,
  value: (r) => {
    const s = r[which];
    return s ? value(s, r) : '';
  },
});

/** The plan list's Export: words for codes, both sides' totals, money in units of the plan's currency. */
export const staffingPlanExporter = csvExporter<Row>('staffing-plans', [
  col.date('Created', 'createdAt'),
  col.label('Status', 'status', 'StaffingPlanStatus'),
  { header: 'Roles', value: (r) => r.roleIds?.length ?? '' },
  side('Plan total score', (s) => formatScore(s.totalScore), 'plan'),
  side('Greedy total score', (s) => formatScore(s.totalScore), 'greedy'),
  side('Plan roles filled', (s) => s.filled, 'plan'),
  side('Greedy roles filled', (s) => s.filled, 'greedy'),
  side('Plan total cost', (s, r) => formatMoneyUnits(s.totalCostMinor, r.currency ?? null), 'plan'),
  side('Greedy total cost', (s, r) => formatMoneyUnits(s.totalCostMinor, r.currency ?? null), 'greedy'),
  col.money('Budget cap', 'budgetCapMinor'),
  col.text('Currency', 'currency'),
  { header: 'Solver', value: (r) => solverLabel(r.solver) ?? '' },
  col.date('Accepted', 'acceptedAt'),
]);
