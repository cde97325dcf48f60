import { signedInGql } from '../providers/signedInGql';
import type { FrameworkRecord } from './frameworkFields';

/**
 * The two framework mutations outside react-admin's CRUD grammar.
 */
const FRAMEWORK_FIELDS = 'id name version description status publishedAt createdAt updatedAt';

export const PUBLISH_FRAMEWORK = `mutation PublishCapabilityFramework($id: ID!) {
  publishCapabilityFramework(id: $id) { ${FRAMEWORK_FIELDS} } }`;

export const NEW_FRAMEWORK_VERSION = `mutation NewCapabilityFrameworkVersion($id: ID!) {
  newCapabilityFrameworkVersion(id: $id) { ${FRAMEWORK_FIELDS} } }`;

/** Makes a DRAFT framework available to new assessments (CONFLICT when already published or empty). */
export async function publishCapabilityFramework(id: string): Promise<FrameworkRecord> {
  const data = await signedInGql<{ publishCapabilityFramework: FrameworkRecord }>(PUBLISH_FRAMEWORK, { id });
  return data.publishCapabilityFramework;
}

/** Copies a framework as a DRAFT with the next version number, and returns the copy. */
export async function newCapabilityFrameworkVersion(id: string): Promise<FrameworkRecord> {
  const data = await signedInGql<{ newCapabilityFrameworkVersion: FrameworkRecord }>(NEW_FRAMEWORK_VERSION, { id });
  return data.newCapabilityFrameworkVersion;
}
