import { describe, expect, it } from '@jest/globals';
import { Role } from '@orchestra/shared';
import { TenantScope } from './tenant-scope.js';

describe('TenantScope', () => {
  it('restricts a CLIENT user to their client', () => {
    const scope = TenantScope.of({ id: 'u', role: Role.CLIENT, clientId: 'c1' });
    expect([scope.restricted, scope.clientId]).toEqual([true, 'c1']);
  });

  it('leaves staff roles unrestricted', () => {
    for (const role of [Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]) {
      expect(TenantScope.of({ id: 'u', role, clientId: null }).restricted).toBe(false);
    }
  });

  it('refuses a CLIENT user without a client rather than widening the scope', () => {
    expect(() => TenantScope.of({ id: 'u', role: Role.CLIENT, clientId: null })).toThrow('CLIENT user u has no client');
  });
});
