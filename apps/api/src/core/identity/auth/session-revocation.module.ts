import { Global, Module } from '@nestjs/common';
import { SessionRevocation } from './session-revocation.js';
import { UserAccess } from './user-access.js';

/** Core plumbing, global: sign-in and logout, user changes (role, access) and the worker all end sessions; every request checks them (UserAccess). */
@Global()
@Module({ providers: [SessionRevocation, UserAccess], exports: [SessionRevocation, UserAccess] })
export class SessionRevocationModule {}
