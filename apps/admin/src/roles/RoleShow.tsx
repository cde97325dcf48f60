import { Stack, Typography } from '@mui/material';
import { EditButton, ReferenceField, TabbedShowLayout, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { NotEligible } from './NotEligible';
import { OpenRoleButton } from './OpenRoleButton';
import { RankedPool } from './RankedPool';
import { RolePipeline } from './RolePipeline';
import { RoleRequirements } from './RoleRequirements';
import { RoleStatusLine } from './RoleStatusChips';
import type { RoleRecord } from './roleFields';
import { RecordShow } from '../common/RecordPage';
import { AuditHistory, useCanReadHistory } from '../audit/AuditHistory';

const RoleTitle = () => {
  const role = useRecordContext<RoleRecord>();
  return <>{role ? `Role ${role.title}` : 'Role'}</>;
};

const RoleActions = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'Role', action: 'edit' });
  return (
    <TopToolbar>
      {canEdit && <OpenRoleButton />}
      {canEdit && <EditButton />}
    </TopToolbar>
  );
};

/** Title, client, engagement and the two statuses the pipeline changes (role, and the gap it came from). */
const RoleHeader = () => {
  const role = useRecordContext<RoleRecord>();
  if (!role) return null;
  return (
    <Stack gap={1} sx={{ px: 2, pt: 2 }}>
      <Typography variant="h5" component="h1">
        {role.title}
      </Typography>
      <Stack direction="row" gap={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <ReferenceField source="clientId" reference="Client" />
        <Typography color="text.secondary">·</Typography>
        <ReferenceField source="engagementId" reference="Engagement" />
      </Stack>
      <RoleStatusLine />
    </Stack>
  );
};

/**
 * The role page: requirements, the ranked pool with each score explained, the candidates a hard
 * constraint keeps out, and the pipeline of stored matches.
 */
export const RoleShow = () => {
  const canReadHistory = useCanReadHistory();
  const { canAccess: canReadMatches } = useCanAccess({ resource: 'Match', action: 'list' });
  return (
    <RecordShow title={<RoleTitle />} actions={<RoleActions />}>
      <RoleHeader />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Requirements">
          <RoleRequirements />
        </TabbedShowLayout.Tab>
        {canReadMatches && (
          <TabbedShowLayout.Tab label="Ranked pool" path="pool">
            <RankedPool />
          </TabbedShowLayout.Tab>
        )}
        {canReadMatches && (
          <TabbedShowLayout.Tab label="Not eligible" path="excluded">
            <NotEligible />
          </TabbedShowLayout.Tab>
        )}
        {canReadMatches && (
          <TabbedShowLayout.Tab label="Pipeline" path="pipeline">
            <RolePipeline />
          </TabbedShowLayout.Tab>
        )}
        {canReadHistory && (
          <TabbedShowLayout.Tab label="History" path="history">
            <AuditHistory targetType="Role" />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </RecordShow>
  );
};
