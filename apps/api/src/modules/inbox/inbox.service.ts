import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import type { InboxType } from './dto/notification.type.js';
import { Notification } from './notification.entity.js';

/** In-app notifications: written by the worker (e.g. an assessment scored), read by their user. */
@Injectable()
export class InboxService {
  constructor(@InjectRepository(Notification) private readonly repo: Repository<Notification>) {}

  async inbox(actor: AuthUser): Promise<InboxType> {
    const [latest, unread] = await Promise.all([
      this.repo.find({ where: { userId: actor.id }, order: { createdAt: 'DESC' }, take: 20 }),
      this.repo.count({ where: { userId: actor.id, readAt: IsNull() } }),
    ]);
    return { unread, latest };
  }

  /**
   * Tells a user something in the app, once per `sourceKey` (the same event never notifies twice),
   * inside the caller's transaction.
   */
  async notify(m: EntityManager, n: { userId: string; title: string; body: string; link: string | null; sourceKey: string }): Promise<void> {
    await m.createQueryBuilder().insert().into(Notification).values(n).orIgnore().updateEntity(false).execute();
  }

  /** Only the reader's own notifications are touched, whatever ids are sent. */
  async markRead(actor: AuthUser, ids: string[]): Promise<InboxType> {
    if (ids.length) await this.repo.update({ userId: actor.id, id: In(ids), readAt: IsNull() }, { readAt: new Date() });
    return this.inbox(actor);
  }
}
