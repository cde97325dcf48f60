import { Injectable, Module } from '@nestjs/common';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver, ArgsType } from '@nestjs/graphql';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { CurrentUser, SignedIn } from '../../core/auth/decorators.js';
import { IsId } from '../../core/validation/validation.js';
import { Notification } from './notification.entity.js';

@ObjectType('Notification', { description: 'An in-app notification of the signed-in user.' })
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'An admin path, e.g. /Assessment/<id>/show/report.' })
  link!: string | null;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('Inbox')
export class InboxType {
  @Field(() => Int)
  unread!: number;

  @Field(() => [NotificationType], { description: 'The newest 20.' })
  latest!: NotificationType[];
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID])
  @IsId({ each: true })
  ids!: string[];
}

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

  /** Only the reader's own notifications are touched, whatever ids are sent. */
  async markRead(actor: AuthUser, ids: string[]): Promise<InboxType> {
    if (ids.length) await this.repo.update({ userId: actor.id, id: In(ids), readAt: IsNull() }, { readAt: new Date() });
    return this.inbox(actor);
  }
}

@Resolver()
export class InboxResolver {
  constructor(private readonly inbox: InboxService) {}

  @Query(() => InboxType, { name: 'myInbox' })
  @SignedIn()
  myInbox(@CurrentUser() user: AuthUser) {
    return this.inbox.inbox(user);
  }

  @Mutation(() => InboxType)
  @SignedIn()
  markNotificationsRead(@Args() { ids }: MarkReadArgs, @CurrentUser() user: AuthUser) {
    return this.inbox.markRead(user, ids);
  }
}

/** In-app notifications: written by the worker (e.g. an assessment scored), read by their user. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [InboxService, InboxResolver],
})
export class InboxModule {}
