import NotificationsIcon from '@mui/icons-material/Notifications';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import { Badge, Box, Divider, IconButton, ListItemText, ListSubheader, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import { Role } from '@orchestra/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { useGetIdentity, useNavigate, useNotify } from 'react-admin';
import { request } from '../providers/client';
import { INBOX_QUERY_KEY, MarkNotificationsReadDocument, MyInboxDocument, type Inbox, type Notification } from './api';

/** How often the unread count is asked for. */
export const INBOX_POLL_MS = 30_000;

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function ago(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  return 'just now';
}

const STAFF_REPORT_LINK = /^\/Assessment\/([^/]+)\/show\/report$/;

/**
 * Where a notification leads: its admin path, except that a CLIENT user reads a report on the
 * client page. Only in-app paths are followed.
 */
export function destinationOf(link: string | null, role: unknown): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  const report = STAFF_REPORT_LINK.exec(link);
  if (report && role === Role.CLIENT) return `/reports/${report[1]}`;
  return link;
}

/**
 * The app bar's bell: the unread count (asked every 30 s) and a menu of the latest notifications,
 * unread ones in bold. Opening one marks it read and follows its link.
 */
export const InboxBell = () => {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const { data } = useQuery({
    queryKey: INBOX_QUERY_KEY,
    queryFn: async () => (await request(MyInboxDocument)).myInbox,
    refetchInterval: INBOX_POLL_MS,
    // A bell that cannot reach the API stays quiet until the next poll.
    retry: false,
  });
  const unread = data?.unread ?? 0;
  const latest = data?.latest ?? [];

  const mark = async (ids: string[]) => {
    try {
      const inbox = (await request(MarkNotificationsReadDocument, { ids })).markNotificationsRead;
      queryClient.setQueryData<Inbox>(INBOX_QUERY_KEY, inbox);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Could not mark the notification as read.', { type: 'error' });
    }
  };

  const open = (n: Notification) => {
    setAnchor(null);
    if (!n.readAt) void mark([n.id]);
    const to = destinationOf(n.link, identity?.['role']);
    if (to) navigate(to);
  };

  const label = unread ? `Notifications: ${unread} unread` : 'Notifications';
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? 'inbox-menu' : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        >
          <Badge badgeContent={unread} color="error" max={99}>
            {unread ? <NotificationsIcon /> : <NotificationsNoneIcon />}
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        id="inbox-menu"
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 380, maxWidth: 'calc(100vw - 32px)', maxHeight: 520 } }, list: { 'aria-label': 'Notifications', dense: true } }}
      >
        <ListSubheader sx={{ lineHeight: 2.5 }}>{unread ? `Notifications · ${unread} unread` : 'Notifications'}</ListSubheader>
        {latest.length === 0 && (
          <MenuItem disabled>
            <Typography variant="body2">Nothing yet.</Typography>
          </MenuItem>
        )}
        {latest.map((n) => (
          <MenuItem key={n.id} onClick={() => open(n)} sx={{ alignItems: 'flex-start', whiteSpace: 'normal', gap: 1 }} aria-label={`${n.readAt ? '' : 'Unread: '}${n.title}`}>
            <Box
              aria-hidden
              sx={{ width: 8, height: 8, mt: 0.9, flexShrink: 0, borderRadius: '50%', bgcolor: n.readAt ? 'transparent' : 'primary.main' }}
            />
            <ListItemText
              primary={n.title}
              secondary={
                <>
                  {n.body}
                  <Typography component="span" variant="caption" sx={{ display: 'block', mt: 0.25 }}>
                    {ago(n.createdAt)}
                  </Typography>
                </>
              }
              slotProps={{ primary: { sx: { fontWeight: n.readAt ? 400 : 700 } } }}
            />
          </MenuItem>
        ))}
        {unread > 0 && <Divider />}
        {unread > 0 && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              void mark(latest.filter((n) => !n.readAt).map((n) => n.id));
            }}
          >
            <Typography variant="body2" color="primary">
              Mark all as read
            </Typography>
          </MenuItem>
        )}
      </Menu>
    </>
  );
};
