import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, Role } from '@orchestra/shared';
import { DataSource, In, Not, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { createdChanges, diffChanges, removedChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { ClientService } from '../client/client.service.js';
import { UserService } from '../../core/identity/user/user.service.js';
import { Contact } from './contact.entity.js';
import type { ContactFilter, CreateContactArgs, UpdateContactArgs } from './dto/contact.args.js';

const EDITABLE = ['name', 'email', 'title', 'userId'] as const;

@Injectable()
export class ContactService extends ResourceService<Contact, ContactFilter> {
  override readonly resources: ResourceRepository<Contact>;

  constructor(
    @InjectRepository(Contact) repo: Repository<Contact>,
    private readonly dataSource: DataSource,
    private readonly clients: ClientService,
    private readonly users: UserService,
    private readonly audit: AuditService,
  ) {
    super();
    // Contact extends TenantOwnedEntity: CLIENT users are scoped by clientId without saying so.
    this.resources = new ResourceRepository(repo, {
      typeName: 'Contact',
      alias: 'contact',
      sortable: { id: 'id', name: 'name', email: 'email', title: 'title', createdAt: 'createdAt' },
      defaultSort: { field: 'name', order: 'ASC' },
      search: `("contact"."name" || ' ' || "contact"."email" || ' ' || coalesce("contact"."title", ''))`,
      equals: { clientId: 'clientId', userId: 'userId' },
    });
  }

  /** Those of the given contacts that belong to the client (another client's or unknown ids are left out). */
  ofClient(clientId: string, ids: readonly string[], m: EntityManager = this.dataSource.manager): Promise<Contact[]> {
    return ids.length ? m.findBy(Contact, { clientId, id: In([...ids]) }) : Promise.resolve([]);
  }

  create(actor: AuthUser, args: CreateContactArgs): Promise<Contact> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction(async (m) => {
      if (!(await this.clients.exists(scope, args.clientId))) throw AppError.badInput({ clientId: `does not match any client (${args.clientId})` });
      const fields = { name: args.name, email: args.email, title: args.title ?? null, userId: args.userId ?? null };
      await this.checkUnique(m, args.clientId, fields.email, fields.userId);
      await this.checkLinkedUser(args.clientId, fields.userId);
      const contact = await m.save(m.create(Contact, { clientId: args.clientId, ...fields }));
      await this.audit.record(m, { actorId: actor.id, action: 'contact.create', targetType: 'Contact', targetId: contact.id, changes: createdChanges(contact, ['clientId', ...EDITABLE]) });
      return contact;
    });
  }

  update(actor: AuthUser, args: UpdateContactArgs): Promise<Contact> {
    return this.dataSource.transaction(async (m) => {
      const contact = await this.resources.findOne(TenantScope.of(actor), args.id, { manager: m, lock: true });
      if (args.name === null) throw AppError.badInput({ name: 'must not be empty' });
      if (args.email === null) throw AppError.badInput({ email: 'must not be empty' });
      const next = {
        name: args.name ?? contact.name,
        email: args.email ?? contact.email,
        title: args.title !== undefined ? args.title : contact.title,
        userId: args.userId !== undefined ? args.userId : contact.userId,
      };
      await this.checkUnique(m, contact.clientId, next.email, next.userId, contact.id);
      if (next.userId !== contact.userId) await this.checkLinkedUser(contact.clientId, next.userId);
      const changed = EDITABLE.filter((f) => next[f] !== contact[f]);
      const changes = diffChanges(contact, next, changed);
      Object.assign(contact, next);
      if (changed.length) await m.save(contact);
      await this.audit.record(m, { actorId: actor.id, action: 'contact.update', targetType: 'Contact', targetId: contact.id, changes });
      return contact;
    });
  }

  remove(actor: AuthUser, id: string): Promise<Contact> {
    return this.dataSource.transaction(async (m) => {
      const contact = await this.resources.findOne(TenantScope.of(actor), id, { manager: m, lock: true });
      await m.delete(Contact, { id });
      await this.audit.record(m, { actorId: actor.id, action: 'contact.delete', targetType: 'Contact', targetId: id, changes: removedChanges(contact, ['name', 'email']) });
      return contact;
    });
  }

  private async checkUnique(m: EntityManager, clientId: string, email: string, userId: string | null, exceptId?: string): Promise<void> {
    const others = exceptId ? { id: Not(exceptId) } : {};
    if (await m.existsBy(Contact, { clientId, email, ...others })) {
      throw new AppError(ErrorCode.CONFLICT, `This client already has a contact with e-mail ${email}.`, { email: 'is already used by a contact of this client' });
    }
    if (userId && (await m.existsBy(Contact, { userId, ...others }))) {
      throw new AppError(ErrorCode.CONFLICT, 'That user is already linked to another contact.', { userId: 'is already linked to another contact' });
    }
  }

  /** A contact can only stand for a CLIENT user of the same client. */
  private async checkLinkedUser(clientId: string, userId: string | null): Promise<void> {
    if (!userId) return;
    const user = await this.users.findAny(userId);
    if (!user) throw AppError.badInput({ userId: `does not match any user (${userId})` });
    if (user.role !== Role.CLIENT || user.clientId !== clientId) {
      throw AppError.badInput({ userId: 'must be a client user of the same client' });
    }
  }

  /** The names of a client's contacts (a quote to the client is redacted of them). */
  async namesOf(clientId: string): Promise<string[]> {
    const contacts = await this.resources.repo.find({ where: { clientId }, select: { name: true } });
    return contacts.map((c) => c.name);
  }
}
