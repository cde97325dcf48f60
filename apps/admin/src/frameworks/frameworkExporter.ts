import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

/** The framework list's Export: each version, its status in words and when it was published. */
export const frameworkExporter = csvExporter<RaRecord>('frameworks', [
  col.text('Name', 'name'),
  col.text('Version', 'version'),
  col.label('Status', 'status', 'FrameworkStatus'),
  col.date('Published', 'publishedAt'),
  col.text('Description', 'description'),
]);
