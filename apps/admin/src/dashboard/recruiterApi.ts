import { useQuery } from '@tanstack/react-query';
import { graphql } from '../gql';
import { request } from '../providers/client';

/** `recruiterDashboard`: SQL aggregates for the recruiter widgets. */
export const RecruiterDashboardDocument = graphql(`
  query RecruiterDashboard {
    recruiterDashboard {
      openRolesByAge {
        label
        count
      }
      consentExpiring {
        id
        name
        consentExpiresAt
      }
      placementsThisMonth
      dueForErasure
    }
  }
`);

/** One request for all the recruiter widgets: they share the query key. */
export const useRecruiterDashboard = () =>
  useQuery({ queryKey: ['recruiterDashboard'], queryFn: async () => (await request(RecruiterDashboardDocument)).recruiterDashboard });
