import { Role } from '@orchestra/shared';
import type { AuthUser } from '../identity/auth/auth-user.js';

/**
 * Which client's data a request may see, derived from the signed-in user (the token's user, as
 * loaded from the database on each request), never from a filter. `clientId === null` means
 * every client (staff roles).
 */
export class TenantScope {
  private constructor(readonly clientId: string | null) {}

  static of(user: AuthUser): TenantScope {
    if (user.role !== Role.CLIENT) return new TenantScope(null);
    if (!user.clientId) throw new Error(`CLIENT user ${user.id} has no client`);
    return new TenantScope(user.clientId);
  }

  /** For background work and seeds acting on behalf of the platform. */
  static system(): TenantScope {
    return new TenantScope(null);
  }

  get restricted(): boolean {
    return this.clientId !== null;
  }
}
