import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SizeBand } from '../../../core/graphql/enums.js';
import { hiddenFromClients } from '../../../core/graphql/field-access.js';

@ObjectType('Client')
export class ClientType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  industry!: string | null;

  @Field(() => SizeBand, { nullable: true })
  sizeBand!: SizeBand | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone!: string | null;

  @Field(() => String, { nullable: true, description: 'Start of core working hours, HH:MM in the client time zone.' })
  coreHoursStart!: string | null;

  @Field(() => String, { nullable: true, description: 'End of core working hours, HH:MM in the client time zone.' })
  coreHoursEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'Internal notes; null for CLIENT users.', middleware: [hiddenFromClients] })
  notes!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
