import { Box, Typography } from '@mui/material';
import { auditActionLabel } from '@orchestra/shared';
import { Datagrid, DateInput, ExportButton, FunctionField, List, Link, ReferenceField, ReferenceInput, SelectInput, TextInput, TopToolbar } from 'react-admin';
import { DateField } from '../common/DateField';
import { EmptyText } from '../layout/EmptyText';
import { auditExporter, changesList, recordLabel, recordPath, TARGET_TYPE_CHOICES, type AuditEventRecord } from './auditFormat';

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
  <TextInput key="request" source="requestId" label="Request (every change one request or job made)" />,
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
  <FunctionField<AuditEventRecord> key="changes" label="Changes" sortable={false} render={(r) => <AuditChanges record={r} />} />,
  <FunctionField<AuditEventRecord> key="request" label="Request" sortable={false} render={(r) => <RequestLink requestId={r.requestId} />} />,
];

/** Each change on its own line: "Stage: Lead → Qualified". */
const AuditChanges = ({ record }: { record: AuditEventRecord }) => {
  const lines = changesList(record);
  if (!lines.length) return <Typography variant="body2">—</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {lines.map((line, i) => (
        <Typography key={i} component="li" variant="body2">
          {line}
        </Typography>
      ))}
    </Box>
  );
};

/** The entry's request or job, linking to everything else it changed ("job:…" for background work). */
const RequestLink = ({ requestId }: { requestId: string | null }) => {
  if (!requestId) return <Typography variant="body2">—</Typography>;
  const short = requestId.startsWith('job:') ? requestId : requestId.slice(0, 8);
  return (
    <Link to={`/AuditEvent?filter=${encodeURIComponent(JSON.stringify({ requestId }))}`} title={`Everything request ${requestId} changed`}>
      {short}
    </Link>
  );
};

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
