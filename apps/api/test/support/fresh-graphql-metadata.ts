/**
 * Runs before each integration test file. Jest keeps @nestjs/graphql's metadata stores (kept on
 * `global` by design) across the files of one process, so a field decorator left unloaded by an
 * earlier file would be replayed in this one, with that file's classes (another realm's `String`),
 * and fail the schema build. Each file starts from empty stores and registers its own classes.
 */
const stores = globalThis as { GqlLazyMetadataStorageHost?: { lazyMetadataByTarget: Map<unknown, unknown> }; GqlTypeMetadataStorage?: { clear(): void } };
stores.GqlLazyMetadataStorageHost?.lazyMetadataByTarget.clear();
stores.GqlTypeMetadataStorage?.clear();
