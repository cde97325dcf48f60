import type { Role } from '@orchestra/shared';

/** The signed-in user as every resolver and service sees it (resolved once per request). */
export interface AuthUser {
  id: string;
  role: Role;
  /** The client a CLIENT user belongs to; null for every other role. */
  clientId: string | null;
}
