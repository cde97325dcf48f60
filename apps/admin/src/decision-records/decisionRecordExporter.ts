import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

/** The decision log's Export: each decision with its engagement and who took it, by name. */
export const decisionRecordExporter = csvExporter<RaRecord>(
  'decisions',
  [
    col.text('Title', 'title'),
    col.name('Engagement', 'engagementId'),
    col.label('Reversibility', 'reversibility', 'Reversibility'),
    col.date('Decided', 'decidedAt'),
    col.name('Decided by', 'decidedById'),
    col.date('Revisit on', 'revisitDate'),
    col.text('Decision', 'decision'),
    col.text('Note to client', 'noteToClient'),
  ],
  [
    { source: 'engagementId', reference: 'Engagement', field: 'title' },
    { source: 'decidedById', reference: 'UserSummary' },
  ],
);
