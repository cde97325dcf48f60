import { Global, Module } from '@nestjs/common';
import { SessionRevocation } from './session-revocation.js';

/** Core plumbing, global: sign-in and logout, user changes (role, access) and the worker all end sessions. */
@Global()
@Module({ providers: [SessionRevocation], exports: [SessionRevocation] })
export class SessionRevocationModule {}
