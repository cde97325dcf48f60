import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

const progress = (a: RaRecord, key: 'submitted' | 'invited') => (a['progress'] as Record<string, number> | undefined)?.[key];

/** The assessment list's Export: status in words, responses as counts, days in the house format. */
export const assessmentExporter = csvExporter<RaRecord>(
  'assessments',
  [
    col.text('Title', 'title'),
    col.name('Engagement', 'engagementId'),
    col.label('Status', 'status', 'AssessmentStatus'),
    { header: 'Responses submitted', value: (a) => progress(a, 'submitted') },
    { header: 'People invited', value: (a) => progress(a, 'invited') },
    col.date('Due', 'dueDate'),
    col.date('Published', 'publishedAt'),
    col.date('Created', 'createdAt'),
  ],
  [{ source: 'engagementId', reference: 'Engagement', field: 'title' }],
);
