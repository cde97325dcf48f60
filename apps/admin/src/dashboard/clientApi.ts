import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import type { ClientDashboardQuery } from '../gql/graphql';
import { request } from '../providers/client';

/** `clientDashboard`: a CLIENT user's reports, invitations and engagements, scoped to their client by the API. */
export const ClientDashboardDocument = graphql(`
  query ClientDashboard {
    clientDashboard {
      reports {
        assessmentId
        title
        engagementTitle
        publishedAt
      }
      invitations {
        id
        status
        assessmentStatus
        assessmentTitle
        engagementTitle
        dueDate
        closedNote
      }
      engagements {
        id
        title
        stage
        startDate
        endDate
      }
    }
  }
`);

export type ClientDashboardData = ClientDashboardQuery['clientDashboard'];

/** One request for all the client widgets: they share the query key. */
export const useClientDashboard = () => useQuery({ queryKey: ['clientDashboard'], queryFn: async () => (await request(ClientDashboardDocument)).clientDashboard });
