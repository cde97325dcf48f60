import { graphql } from '../gql';
import type { InboxFieldsFragment } from '../gql/graphql';

// The signed-in user's in-app notifications (apps/api/schema.gql), run with `request`.

export const InboxFields = graphql(`
  fragment InboxFields on Inbox {
    unread
    latest {
      id
      title
      body
      link
      readAt
      createdAt
    }
  }
`);

export const MyInboxDocument = graphql(`
  query MyInbox {
    myInbox {
      ...InboxFields
    }
  }
`);

/** Answers the inbox as it is afterwards. */
export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      ...InboxFields
    }
  }
`);

/** The unread count and the newest 20 notifications. */
export type Inbox = InboxFieldsFragment;
export type Notification = Inbox['latest'][number];

export const INBOX_QUERY_KEY = ['myInbox'] as const;
