import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

/**
 * The engagement list's Export. Those who may not read the user directory (CLIENT users) get the
 * Owner column empty.
 */
export const engagementExporter = csvExporter<RaRecord>(
  'engagements',
  [
    col.text('Title', 'title'),
    col.name('Client', 'clientId'),
    col.label('Stage', 'stage', 'EngagementStage'),
    col.label('Urgency', 'urgency', 'Urgency'),
    col.label('Horizon', 'horizon', 'NeedHorizon'),
    col.label('Budget band', 'budgetBand', 'BudgetBand'),
    col.name('Owner', 'ownerId'),
    col.date('Start date', 'startDate'),
    col.date('End date', 'endDate'),
    col.text('Business need', 'businessNeed'),
    col.date('Created', 'createdAt'),
  ],
  [
    { source: 'clientId', reference: 'Client' },
    { source: 'ownerId', reference: 'UserSummary' },
  ],
);
