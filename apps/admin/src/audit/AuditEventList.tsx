import { auditActionLabel } from '@orchestra/shared';
import { Datagrid, DateInput, ExportButton, FunctionField, List, Link, ReferenceField, ReferenceInput, SelectInput, TextInput, TopToolbar } from 'react-admin';
import { DateField } from '../common/DateField';
import { EmptyText } from '../layout/EmptyText';
import { auditExporter, fieldsText, recordLabel, recordPath, TARGET_TYPE_CHOICES, type AuditEventRecord } from './auditFormat';

// The API filters instants: a day picked "from" starts at its midnight, "to" ends at its last millisecond (UTC).
const dayStart = (day: string) => (day ? `${day}T00:00:00.000Z` : undefined);
const dayEnd = (day: string) => (day ? `${day}T23:59:59.999Z` : undefined);
const asDay = (value: string | undefined) => (value ? value.slice(0, 10) : '');

const filters = [
  <ReferenceInput key="actor" source="actorId" reference="UserSummary" alwaysOn>
    <SelectInput label="Who" optionText="name" />
  </ReferenceInput>,
  <SelectInput key="type" source="targetType" label="Record" choices={TARGET_TYPE_CHOICES} alwaysOn />,
  <TextInput key="action" source="action" label="Action (e.g. engagement.move_stage)" />,
  <TextInput key="target" source="targetId" label="Record id" />,
  <DateInput key="from" source="createdAt_gte" label="From" parse={dayStart} format={asDay} alwaysOn />,
  <DateInput key="to" source="createdAt_lte" label="To" parse={dayEnd} format={asDay} alwaysOn />,
];

/** One entry's record, linked to its page when the admin has one. */
export const AuditRecordField = () => (
  <FunctionField<AuditEventRecord>
    label="Record"
    render={(r) => {
      const path = recordPath(r);
      return path ? <Link to={path}>{recordLabel(r)}</Link> : recordLabel(r);
    }}
  />
);

/** The columns an entry shows, in the list and in a record's History. */
export const auditColumns = (withRecord: boolean) => [
  <DateField key="when" source="createdAt" label="When" showTime />,
  <ReferenceField key="who" source="actorId" reference="UserSummary" label="Who" link={false} emptyText="System" />,
  <FunctionField<AuditEventRecord> key="action" label="Action" sortBy="action" render={(r) => auditActionLabel(r.action)} />,
  ...(withRecord ? [<AuditRecordField key="record" />] : []),
  <FunctionField<AuditEventRecord> key="fields" label="Fields changed" sortable={false} render={fieldsText} />,
];

/** ADMIN: every change anyone made, newest first, filtered by who, what, which record and when. */
export const AuditEventList = () => (
  <List
    title="Audit trail"
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    exporter={auditExporter}
    actions={
      <TopToolbar>
        <ExportButton />
      </TopToolbar>
    }
    empty={<EmptyText>Nothing recorded yet: every change anyone makes is listed here.</EmptyText>}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      {auditColumns(true)}
    </Datagrid>
  </List>
);
