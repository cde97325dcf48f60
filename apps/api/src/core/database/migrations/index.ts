import { Foundation1764000000000 } from './1764000000000-foundation.js';

/** Every migration, oldest first. Listed explicitly: ESM builds cannot rely on glob loading. */
export const migrations = [Foundation1764000000000];
