import { describe, expect, it } from '@jest/globals';
import { canAccessResource, hasPermission, Permission, Role, ROLES } from './index.js';

describe('permission map', () => {
  it('gives ADMIN every permission', () => {
    for (const p of Object.values(Permission)) expect(hasPermission(Role.ADMIN, p)).toBe(true);
  });

  it('keeps user management to ADMIN only', () => {
    const allowed = ROLES.filter((r) => hasPermission(r, Permission.USER_MANAGE));
    expect(allowed).toEqual([Role.ADMIN]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.USER_READ))).toEqual([Role.ADMIN]);
  });

  it('lets staff, never CLIENT users, read the user directory', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.DIRECTORY_READ))).toEqual([Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]);
    expect(canAccessResource(Role.CONSULTANT, 'UserSummary', 'list')).toBe(true);
    expect(canAccessResource(Role.CONSULTANT, 'UserSummary', 'edit')).toBe(false);
  });

  it('lets every role read clients but only ADMIN and CONSULTANT change them', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.CLIENT_READ))).toEqual(ROLES);
    expect(ROLES.filter((r) => hasPermission(r, Permission.CLIENT_MANAGE))).toEqual([Role.ADMIN, Role.CONSULTANT]);
  });

  it('maps react-admin actions onto read and write permissions', () => {
    expect(canAccessResource(Role.ADMIN, 'User', 'list')).toBe(true);
    expect(canAccessResource(Role.CONSULTANT, 'User', 'list')).toBe(false);
    expect(canAccessResource(Role.RECRUITER, 'Client', 'show')).toBe(true);
    expect(canAccessResource(Role.RECRUITER, 'Client', 'edit')).toBe(false);
    expect(canAccessResource(Role.CLIENT, 'Client', 'delete')).toBe(false);
    expect(canAccessResource(Role.ADMIN, 'Nonexistent', 'list')).toBe(false);
  });

  it('lets RECRUITER read engagements and contacts (to submit to them) but not decisions, and CLIENT read contacts', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.ENGAGEMENT_READ))).toEqual(ROLES);
    expect(ROLES.filter((r) => hasPermission(r, Permission.ENGAGEMENT_MANAGE))).toEqual([Role.ADMIN, Role.CONSULTANT]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.CONTACT_READ))).toEqual([Role.ADMIN, Role.CONSULTANT, Role.RECRUITER, Role.CLIENT]);
    expect(canAccessResource(Role.RECRUITER, 'Contact', 'edit')).toBe(false);
    expect(ROLES.filter((r) => hasPermission(r, Permission.DECISION_READ))).toEqual([Role.ADMIN, Role.CONSULTANT]);
    expect(canAccessResource(Role.RECRUITER, 'DecisionRecord', 'list')).toBe(false);
  });

  it('keeps frameworks to ADMIN, assessments to ADMIN and CONSULTANT, and answering to CLIENT users', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.FRAMEWORK_MANAGE))).toEqual([Role.ADMIN]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.FRAMEWORK_READ))).toEqual([Role.ADMIN, Role.CONSULTANT]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.ASSESSMENT_MANAGE))).toEqual([Role.ADMIN, Role.CONSULTANT]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.ASSESSMENT_READ))).toEqual([Role.ADMIN, Role.CONSULTANT]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.ASSESSMENT_RESPOND))).toEqual([Role.ADMIN, Role.CLIENT]);
    expect(canAccessResource(Role.CONSULTANT, 'Capability', 'edit')).toBe(false);
    expect(canAccessResource(Role.CONSULTANT, 'Assessment', 'create')).toBe(true);
  });

  it('shows reports to staff and CLIENT users (the API narrows them to published ones of their client), queues to ADMIN', () => {
    expect(ROLES.filter((r) => hasPermission(r, Permission.REPORT_READ))).toEqual([Role.ADMIN, Role.CONSULTANT, Role.CLIENT]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.QUEUE_ADMIN))).toEqual([Role.ADMIN]);
    expect(ROLES.filter((r) => hasPermission(r, Permission.ROLE_READ))).toEqual([Role.ADMIN, Role.CONSULTANT, Role.RECRUITER]);
  });
});
