import pluralize from 'pluralize';

/** Paging rules shared by every list in the API and the admin. */
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

export const SortOrder = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];

/** ra-data-graphql-simple operation names for a resource (its GraphQL type name). */
export function resourceOperations(resource: string) {
  const plural = pluralize(resource);
  return {
    one: resource,
    list: `all${plural}`,
    meta: `_all${plural}Meta`,
    create: `create${resource}`,
    update: `update${resource}`,
    remove: `delete${resource}`,
  };
}

/** Range filter suffixes understood by every list filter (`startDate_gte`, …). */
export const RANGE_SUFFIXES = ['_lt', '_lte', '_gt', '_gte'] as const;
