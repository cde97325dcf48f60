import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, OutboxEventType, Role, enumLabel } from '@orchestra/shared';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { invalidatePasswordTokens } from '../auth/password-tokens.js';
import { SessionRevocation } from '../auth/session-revocation.js';
import { SIGNED_IN_PROFILE_FIELDS, UserAccess, type SignedInProfile } from '../auth/user-access.js';
import { createdChanges, diffChanges, removedChanges } from '../../audit/audit-changes.js';
import { AuditService } from '../../audit/audit.service.js';
import { AppError } from '../../errors/app-error.js';
import { violatedConstraint } from '../../errors/database-error.js';
import { ResourceRepository } from '../../graphql/list/resource-repository.js';
import { ResourceService } from '../../graphql/list/resource.service.js';
import { OutboxService } from '../../queue/outbox.service.js';
import { TenantScope } from '../../tenant/tenant-scope.js';
import type { CreateUserArgs, UpdateUserArgs, UserFilter } from './dto/user.args.js';
import { User } from './user.entity.js';
import { noteUnchanged } from '../../request-context/request-context.js';

const EDITABLE = ['email', 'name', 'role', 'clientId', 'active'] as const;

/** A second "Resend invitation" within this many seconds of the last one sends nothing new (a double click, a retry). */
export const INVITATION_RESEND_WINDOW_SECONDS = 120;

export interface ResentInvitation {
  user: User;
  /** When the invitation that stands was queued (this call's, or the recent one it repeats). */
  sentAt: Date;
  /** True when an invitation had been sent within the window, so nothing new was sent. */
  repeated: boolean;
}

@Injectable()
export class UserService extends ResourceService<User, UserFilter> {
  override readonly resources: ResourceRepository<User>;

  constructor(
    @InjectRepository(User) repo: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly sessions: SessionRevocation,
    private readonly access: UserAccess,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'User',
      alias: 'user',
      sortable: { id: 'id', email: 'email', name: 'name', role: 'role', active: 'active', lastLoginAt: 'lastLoginAt', createdAt: 'createdAt' },
      defaultSort: { field: 'name', order: 'ASC' },
      search: `("user"."name" || ' ' || "user"."email")`,
      equals: { role: 'role', clientId: 'clientId', active: 'active' },
      ranges: { createdAt: 'createdAt' },
      tenantProperty: 'clientId',
      needs: { client: ['clientId'] },
    });
  }

  /** Any user by id, unscoped, for other modules validating a reference; null when unknown. */
  findAny(id: string): Promise<User | null> {
    return this.resources.repo.findOneBy({ id });
  }

  /**
   * The signed-in user themself (any role). Asked only for what the access check read with the
   * request (id, e-mail, name, role, client), it answers from that; sign-in times need the row.
   */
  me(actor: AuthUser, fields: ReadonlySet<string>): SignedInProfile | Promise<User> {
    const profile = this.access.profileOf(actor);
    if (profile && [...fields].every((f) => SIGNED_IN_PROFILE_FIELDS.has(f))) return profile;
    return this.resources.findOne(TenantScope.system(), actor.id);
  }

  /** Creates the user without a password and asks the worker to e-mail a set-password link. */
  create(actor: AuthUser, args: CreateUserArgs): Promise<User> {
    return this.dataSource.transaction(async (m) => {
      const clientId = this.checkClientBinding(args.role, args.clientId ?? null);
      await this.checkEmailFree(m, args.email);
      const user = await this.save(m, m.create(User, { email: args.email, name: args.name, role: args.role, clientId, active: args.active ?? true, passwordHash: null }));
      await this.outbox.add(m, OutboxEventType.USER_INVITED, { userId: user.id });
      await this.audit.record(m, { actorId: actor.id, action: 'user.create', targetType: 'User', targetId: user.id, changes: createdChanges(user, EDITABLE) });
      return user;
    });
  }

  async update(actor: AuthUser, args: UpdateUserArgs): Promise<User> {
    let cachedChanged = false;
    const updated = await this.dataSource.transaction(async (m) => {
      const user = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      const role = args.role ?? user.role;
      // Moving away from CLIENT drops the client binding unless one is (wrongly) given.
      const requestedClient = args.clientId !== undefined ? args.clientId : role === Role.CLIENT ? user.clientId : null;
      const clientId = this.checkClientBinding(role, requestedClient);
      if (args.email !== undefined && args.email !== user.email) await this.checkEmailFree(m, args.email);
      if (user.id === actor.id && (role !== Role.ADMIN || args.active === false)) {
        throw AppError.conflict('You cannot remove your own admin role or deactivate yourself: ask another administrator.');
      }
      const next = { email: args.email ?? user.email, name: args.name ?? user.name, role, clientId, active: args.active ?? user.active };
      const changed = EDITABLE.filter((f) => next[f] !== user[f]);
      const changes = diffChanges(user, next, changed);
      Object.assign(user, next);
      if (changed.length) await this.save(m, user);
      // Losing access or changing role ends the user's sessions.
      cachedChanged = changed.length > 0;
      if (changed.includes('active') || changed.includes('role') || changed.includes('clientId')) await this.sessions.revokeUser(m, user.id);
      // A link sent to the old address must not claim the account; a new one goes to the new address.
      if (changed.includes('email')) {
        await invalidatePasswordTokens(m, user.id);
        const [row] = (await m.query(`SELECT "passwordHash" IS NULL AS pending FROM app_user WHERE id = $1`, [user.id])) as { pending: boolean }[];
        if (row?.pending) await this.outbox.add(m, OutboxEventType.USER_INVITED, { userId: user.id });
      }
      await this.audit.record(m, { actorId: actor.id, action: 'user.update', targetType: 'User', targetId: user.id, changes });
      return user;
    });
    // After the commit: every API process re-reads the user (access and `me`) on its next request.
    if (cachedChanged) await this.access.changed(updated.id);
    return updated;
  }

  /**
   * E-mails a user who has never signed in a fresh set-password link; their earlier links stop
   * working. Refused once they have signed in or set a password (they use "Forgot password?"), or
   * while deactivated. Within INVITATION_RESEND_WINDOW_SECONDS of the last invitation it answers
   * that one and sends nothing.
   */
  resendInvitation(actor: AuthUser, id: string): Promise<ResentInvitation> {
    return this.dataSource.transaction(async (m) => {
      const user = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      const [state] = (await m.query(
        `SELECT "passwordHash" IS NOT NULL AS "hasPassword",
                (SELECT max("createdAt") FROM audit_event
                  WHERE "targetType" = 'User' AND "targetId" = $1 AND action IN ('user.create', 'user.invitation_resent')) AS "lastSentAt",
                now() AS now
           FROM app_user WHERE id = $1`,
        [user.id],
      )) as { hasPassword: boolean; lastSentAt: Date | null; now: Date }[];
      if (user.lastLoginAt || state!.hasPassword) {
        throw AppError.conflict(`${user.name} has already ${user.lastLoginAt ? 'signed in' : 'set a password'}, so there is no invitation to resend: they can use "Forgot password?" on the sign-in page.`);
      }
      if (!user.active) throw AppError.conflict(`${user.name} is deactivated: activate the account before resending the invitation.`);
      const last = state!.lastSentAt;
      if (last && state!.now.getTime() - last.getTime() < INVITATION_RESEND_WINDOW_SECONDS * 1000) {
        noteUnchanged();
        return { user, sentAt: last, repeated: true };
      }
      await invalidatePasswordTokens(m, user.id);
      await this.outbox.add(m, OutboxEventType.USER_INVITED, { userId: user.id });
      await this.audit.record(m, { actorId: actor.id, action: 'user.invitation_resent', targetType: 'User', targetId: user.id });
      return { user, sentAt: state!.now, repeated: false };
    });
  }

  async remove(actor: AuthUser, id: string): Promise<User> {
    const removed = await this.dataSource.transaction(async (m) => {
      const user = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      if (user.id === actor.id) throw AppError.conflict('You cannot delete your own account: ask another administrator.');
      await m.delete(User, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'user.delete', targetType: 'User', targetId: id, changes: removedChanges(user, ['email', 'name', 'role']) });
      return user;
    });
    await this.access.changed(id);
    return removed;
  }

  private checkClientBinding(role: Role, clientId: string | null): string | null {
    if (role === Role.CLIENT) {
      if (!clientId) throw AppError.badInput({ clientId: 'is required for a client user' });
      return clientId;
    }
    if (clientId) throw AppError.badInput({ clientId: `must be empty for the ${enumLabel('UserRole', role)} role (only client users belong to a client)` });
    return null;
  }

  /** Saves the user; the foreign key says whether its client exists (identity does not know the client module). */
  private async save(m: EntityManager, user: User): Promise<User> {
    try {
      return await m.save(user);
    } catch (e) {
      if (violatedConstraint(e) === 'FK_app_user_client') throw AppError.badInput({ clientId: `does not match any client (${user.clientId})` });
      throw e;
    }
  }

  private async checkEmailFree(m: EntityManager, email: string): Promise<void> {
    if (await m.existsBy(User, { email })) throw new AppError(ErrorCode.CONFLICT, `A user with e-mail ${email} already exists.`, { email: 'is already used' });
  }
}
