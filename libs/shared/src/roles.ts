/** Who a user is. A CLIENT user is bound to exactly one Client. */
export const Role = {
  ADMIN: 'ADMIN',
  CONSULTANT: 'CONSULTANT',
  RECRUITER: 'RECRUITER',
  CLIENT: 'CLIENT',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
