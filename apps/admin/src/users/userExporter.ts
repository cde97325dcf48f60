import type { RaRecord } from 'react-admin';
import { col, csvExporter } from '../common/csvExport';

/** The user list's Export: who may sign in, as what, and when they last did. */
export const userExporter = csvExporter<RaRecord>(
  'users',
  [
    col.text('Name', 'name'),
    col.text('E-mail', 'email'),
    col.label('Role', 'role', 'UserRole'),
    col.name('Client', 'clientId'),
    col.yesNo('Active', 'active'),
    col.date('Last sign-in', 'lastLoginAt', { time: true, empty: 'Never (invited)' }),
    col.date('Created', 'createdAt'),
  ],
  [{ source: 'clientId', reference: 'Client' }],
);
