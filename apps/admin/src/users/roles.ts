import { enumChoices, Role } from '@orchestra/shared';

/** Choices for role inputs and filters, in the labels map's words. */
export const ROLE_CHOICES = enumChoices('UserRole');

export interface UserFormValues {
  email?: string;
  name?: string;
  role?: Role;
  clientId?: string | null;
  active?: boolean;
}

/**
 * Sends exactly the editable fields: only CLIENT users keep a client, and the record's nested
 * `client` object must not reach ra-data-graphql-simple, which would turn it into `clientId`.
 */
export function toUserArgs(data: UserFormValues, withActive: boolean): UserFormValues {
  const args: UserFormValues = {
    email: data.email,
    name: data.name,
    role: data.role,
    clientId: data.role === Role.CLIENT ? (data.clientId ?? null) : null,
  };
  if (withActive) args.active = data.active;
  return args;
}
