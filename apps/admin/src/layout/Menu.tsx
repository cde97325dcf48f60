import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import QueueIcon from '@mui/icons-material/Queue';
import { hasPermission, isRole, Permission } from '@orchestra/shared';
import { Menu as RaMenu, useGetIdentity } from 'react-admin';

/**
 * The dashboard plus one item per resource the role may list: `Menu.ResourceItems` renders a
 * `ResourceMenuItem` per resource, and each one asks `authProvider.canAccess({ action: 'list' })`
 * (ra-ui-materialui's ResourceMenuItem returns nothing when access is denied). Those who answer
 * assessments also get "My assessments"; ADMINs get the queue page.
 */
export const Menu = () => {
  const { identity } = useGetIdentity();
  const role = identity?.['role'];
  const responds = isRole(role) && hasPermission(role, Permission.ASSESSMENT_RESPOND);
  const queueAdmin = isRole(role) && hasPermission(role, Permission.QUEUE_ADMIN);
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {responds && <RaMenu.Item to="/my-assessments" primaryText="My assessments" leftIcon={<AssignmentIndIcon />} />}
      <RaMenu.ResourceItems />
      {queueAdmin && <RaMenu.Item to="/queues" primaryText="Queues" leftIcon={<QueueIcon />} />}
    </RaMenu>
  );
};
