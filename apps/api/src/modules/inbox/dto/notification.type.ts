import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
