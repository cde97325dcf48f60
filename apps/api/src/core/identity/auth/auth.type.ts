import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UserType } from '../user/dto/user.type.js';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Short-lived access JWT: send as "Authorization: Bearer <token>".' })
  accessToken!: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn!: number;

  @Field(() => UserType)
  user!: UserType;
}
