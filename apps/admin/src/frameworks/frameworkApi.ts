import { graphql } from '../gql';

// The two framework mutations outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

/** Makes a DRAFT framework available to new assessments (CONFLICT when already published or empty). */
export const PublishCapabilityFrameworkDocument = graphql(`
  mutation PublishCapabilityFramework($id: ID!) {
    publishCapabilityFramework(id: $id) {
      ...FrameworkRecord
    }
  }
`);

/** Copies a framework as a DRAFT with the next version number, and returns the copy. */
export const NewCapabilityFrameworkVersionDocument = graphql(`
  mutation NewCapabilityFrameworkVersion($id: ID!) {
    newCapabilityFrameworkVersion(id: $id) {
      ...FrameworkRecord
    }
  }
`);
