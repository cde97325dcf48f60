import { maxLength, minValue, number, required } from 'react-admin';
import { graphql } from '../gql';
import type { AreaRecordFragment } from '../gql/graphql';
import type { MutationCreateCapabilityAreaArgs, MutationUpdateCapabilityAreaArgs } from '../gql/schema';

/** A capability area as the API returns it (the data provider's CapabilityArea record). */
export const AreaRecordFields = graphql(`
  fragment AreaRecord on CapabilityArea {
    id
    frameworkId
    key
    name
    description
    position
  }
`);

export type AreaRecord = AreaRecordFragment;

/** The API's limits (CreateCapabilityAreaArgs). */
export const MAX_AREA_KEY = 80;
export const validateAreaName = [required(), maxLength(200)];
export const validateAreaDescription = maxLength(2000);
export const validatePosition = [required(), number(), minValue(0)];

export interface AreaFormValues {
  frameworkId?: string | null;
  key?: string | null;
  name?: string | null;
  description?: string | null;
  position?: number | string | null;
}

/** The arguments of `createCapabilityArea` (left out: position, so it goes last). */
export type CreateAreaArgs = Omit<MutationCreateCapabilityAreaArgs, 'position'>;

/** The arguments of `updateCapabilityArea` (the key and the framework are fixed). */
export type UpdateAreaArgs = Omit<MutationUpdateCapabilityAreaArgs, 'id'>;

export function toCreateAreaArgs(data: AreaFormValues): CreateAreaArgs {
  return {
    frameworkId: data.frameworkId ?? '',
    key: (data.key ?? '').trim(),
    name: (data.name ?? '').trim(),
    description: (data.description ?? '').trim(),
  };
}

/** An emptied description is '' (the API ignores a null, so null could never clear it). */
export function toUpdateAreaArgs(data: AreaFormValues): UpdateAreaArgs {
  return { name: (data.name ?? '').trim(), description: (data.description ?? '').trim(), position: Math.trunc(Number(data.position)) };
}

/** The framework page an area belongs to: where its editors go back to. */
export const frameworkPath = (record: { frameworkId?: string | null } | undefined): string =>
  record?.frameworkId ? `/CapabilityFramework/${record.frameworkId}/show` : '/CapabilityFramework';
