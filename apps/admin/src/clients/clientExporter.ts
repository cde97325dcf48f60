import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

/** The client list's Export (internal notes stay out: they are long and not a list's business). */
export const clientExporter = csvExporter<RaRecord>('clients', [
  col.text('Name', 'name'),
  col.text('Industry', 'industry'),
  col.label('Size', 'sizeBand', 'SizeBand'),
  col.text('Region', 'region'),
  col.text('Time zone', 'timeZone'),
  col.text('Core hours from', 'coreHoursStart'),
  col.text('Core hours to', 'coreHoursEnd'),
  col.text('Engagements', 'engagementCount'),
  col.date('Created', 'createdAt'),
]);
