import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

/** The role list's Export: labels for codes, the budget band in units of its currency, names for ids. */
export const roleExporter = csvExporter<RaRecord>(
  'roles',
  [
    col.text('Title', 'title'),
    col.name('Client', 'clientId'),
    col.name('Engagement', 'engagementId'),
    col.label('Option type', 'optionType', 'RecommendationOption'),
    col.label('Seniority', 'seniority', 'Seniority'),
    col.label('Status', 'status', 'RoleStatus'),
    col.yesNo('Permanent', 'permanent'),
    col.text('Allocation (%)', 'allocation'),
    // A day rate, or a yearly salary when permanent (the Permanent column says which).
    col.money('Budget from', 'budgetMinMinor'),
    col.money('Budget up to', 'budgetMaxMinor'),
    col.text('Currency', 'currency'),
    col.date('Start date', 'startDate'),
    col.text('Duration (weeks)', 'durationWeeks'),
    col.date('Created', 'createdAt'),
  ],
  [
    { source: 'clientId', reference: 'Client' },
    { source: 'engagementId', reference: 'Engagement', field: 'title' },
  ],
);
