import { Inject, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { tap, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { requestTally } from '../request-context/request-context.js';

/**
 * Mutations that owe no audit row: marking one's own notifications read, and a respondent's
 * autosaved draft (rewritten every few seconds; the submission is audited).
 */
export const UNAUDITED_MUTATIONS: ReadonlySet<string> = new Set(['markNotificationsRead', 'saveResponseDraft']);

/**
 * Every mutation that succeeds must have written an audit row in its own transaction, or said it
 * changed nothing (a replayed idempotent call). One that did neither is logged as an error; under
 * NODE_ENV=test it fails the request, so every integration test that runs a mutation checks it.
 */
@Injectable()
export class AuditedMutations implements NestInterceptor {
  private readonly logger = new Logger('AuditedMutations');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation' || UNAUDITED_MUTATIONS.has(info.fieldName)) return next.handle();
    const before = requestTally();
    return next.handle().pipe(
      tap(() => {
        const after = requestTally();
        if (!before || !after || after.audited > before.audited || after.unchanged > before.unchanged) return;
        const message = `Mutation ${info.fieldName} succeeded without writing an audit row`;
        this.logger.error(message);
        if (this.config.NODE_ENV === 'test') throw new Error(message);
      }),
    );
  }
}
