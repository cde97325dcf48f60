import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

/** The contact list's Export, each contact with their client's name. */
export const contactExporter = csvExporter<RaRecord>(
  'contacts',
  [col.text('Name', 'name'), col.text('E-mail', 'email'), col.text('Job title', 'title'), col.name('Client', 'clientId')],
  [{ source: 'clientId', reference: 'Client' }],
);
