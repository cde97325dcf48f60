import { Datagrid, Pagination, ReferenceManyField, useCanAccess } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { auditColumns } from './AuditEventList';

/** A record's History tab: its audit entries, newest first (shown to those who may read the trail). */
export const AuditHistory = ({ targetType }: { targetType: string }) => (
  <ReferenceManyField reference="AuditEvent" target="targetId" filter={{ targetType }} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} pagination={<Pagination />} label={false}>
    <Datagrid bulkActionButtons={false} rowClick={false} empty={<EmptyText>No changes recorded for this record.</EmptyText>}>
      {auditColumns(false)}
    </Datagrid>
  </ReferenceManyField>
);

/** Whether the signed-in user may read the trail (ADMINs), for the pages that add a History tab. */
export const useCanReadHistory = () => useCanAccess({ resource: 'AuditEvent', action: 'list' }).canAccess ?? false;
