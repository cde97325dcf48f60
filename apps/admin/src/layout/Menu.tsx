import { Menu as RaMenu } from 'react-admin';

/**
 * The dashboard plus one item per resource the role may list: `Menu.ResourceItems` renders a
 * `ResourceMenuItem` per resource, and each one asks `authProvider.canAccess({ action: 'list' })`
 * (ra-ui-materialui's ResourceMenuItem returns nothing when access is denied).
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItems />
  </RaMenu>
);
