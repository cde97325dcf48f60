import { graphql } from '../../gql';
import type { FrameworkRecordFragment } from '../../gql/graphql';

/** A capability framework as the API returns it (the data provider's CapabilityFramework record). */
export const FrameworkRecordFields = graphql(`
  fragment FrameworkRecord on CapabilityFramework {
    id
    name
    version
    description
    status
    publishedAt
    createdAt
    updatedAt
  }
`);

export type FrameworkRecord = FrameworkRecordFragment;

/** "Engineering Orchestration v2": several versions share a name. */
export const frameworkRepresentation = (record: Partial<FrameworkRecord>): string =>
  record.version === undefined ? (record.name ?? '') : `${record.name ?? ''} v${record.version}`;
