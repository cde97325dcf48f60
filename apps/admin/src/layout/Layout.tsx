import type { ReactNode } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, LoadingIndicator } from 'react-admin';
import { InboxBell } from '../inbox/InboxBell';
import { Menu } from './Menu';

/** react-admin's app bar with the inbox bell before the loading indicator (no locales or dark theme to offer). */
const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <InboxBell />
        <LoadingIndicator />
      </>
    }
  />
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={AppBar}>
    {children}
  </RaLayout>
);
