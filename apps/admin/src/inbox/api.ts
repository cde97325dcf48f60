import { signedInGql } from '../providers/signedInGql';

// The signed-in user's in-app notifications.

export interface Notification {
  id: string;
  title: string;
  body: string;
  /** An admin path, e.g. /Assessment/<id>/show/report. */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface Inbox {
  unread: number;
  /** The newest 20. */
  latest: Notification[];
}

export const INBOX_QUERY_KEY = ['myInbox'] as const;

const INBOX = 'unread latest { id title body link readAt createdAt }';
const MY_INBOX = `query MyInbox { myInbox { ${INBOX} } }`;
const MARK_READ = `mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) { ${INBOX} } }`;

export async function fetchInbox(): Promise<Inbox> {
  return (await signedInGql<{ myInbox: Inbox }>(MY_INBOX)).myInbox;
}

/** Answers the inbox as it is afterwards. */
export async function markNotificationsRead(ids: string[]): Promise<Inbox> {
  return (await signedInGql<{ markNotificationsRead: Inbox }>(MARK_READ, { ids })).markNotificationsRead;
}
