import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  enumLabel,
  MatchStage,
  OutboxEventType,
  RoleStatus,
  shortlistAnswerProblems,
  shortlistAnswerReason,
  ShortlistAnswer,
  tallyShortlist,
  type ShortlistReason,
  type ShortlistTally,
} from '@orchestra/shared';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { diffChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { ResourceService } from '../../core/graphql/list/resource.service.js';
import { IdempotencyService } from '../../core/idempotency/idempotency.service.js';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { TenantScope } from '../../core/tenant/tenant-scope.js';
import { InboxService } from '../inbox/inbox.service.js';
import { Role } from '../role/role.entity.js';
import type { AnswerShortlistProfileArgs, ShortlistProfileFilter } from './dto/shortlist.args.js';
import { Match } from './match.entities.js';
import { MatchPipelineService } from './match-pipeline.service.js';
import { ShortlistProfile } from './shortlist-profile.entity.js';

/** Where each answer moves a submitted match (NOT_NOW leaves it submitted). */
const ANSWER_STAGE: Readonly<Record<ShortlistAnswer, MatchStage>> = {
  INTERESTED: MatchStage.INTERVIEWING,
  NOT_NOW: MatchStage.SUBMITTED,
  NO: MatchStage.REJECTED,
};

/**
 * Client shortlists: the redacted profiles of the candidates submitted to a client, and the
 * client's answer to each, which moves the match, is kept on it and tells the recruiter who
 * submitted it (bell and e-mail).
 */
@Injectable()
export class ShortlistService extends ResourceService<ShortlistProfile, ShortlistProfileFilter> {
  override readonly resources: ResourceRepository<ShortlistProfile>;

  constructor(
    @InjectRepository(ShortlistProfile) repo: Repository<ShortlistProfile>,
    private readonly dataSource: DataSource,
    private readonly pipeline: MatchPipelineService,
    private readonly inbox: InboxService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {
    super();
    this.resources = new ResourceRepository(repo, {
      typeName: 'ShortlistProfile',
      alias: 'shortlist',
      sortable: { id: 'id', submittedAt: 'submittedAt', alias: 'alias', score: 'score', roleTitle: 'roleTitle', answeredAt: 'answeredAt' },
      defaultSort: { field: 'submittedAt', order: 'DESC' },
      search: `(shortlist."roleTitle" || ' ' || shortlist.alias)`,
      equals: { roleId: 'roleId', answer: 'answer' },
      tenantProperty: 'clientId',
      needs: { rateAgainstBudget: ['rateMinor', 'rateCurrency', 'budgetMinMinor', 'budgetMaxMinor', 'budgetCurrency', 'permanent'] },
      where: (qb, filter) => {
        if (filter.awaiting === true) qb.andWhere('shortlist.answer IS NULL');
        if (filter.awaiting === false) qb.andWhere('shortlist.answer IS NOT NULL');
      },
    });
  }

  /**
   * The client's answer. Only a profile still submitted can be answered (a "not now" can be
   * changed to an interview request or a no); the match moves, the answer is kept on it, and the
   * recruiter who submitted it is told, all in one transaction.
   */
  answer(actor: AuthUser, args: AnswerShortlistProfileArgs): Promise<ShortlistProfile> {
    const scope = TenantScope.of(actor);
    return this.dataSource.transaction((m) =>
      this.idempotency.once(
        m,
        actor,
        'answerShortlistProfile',
        args,
        async () => {
          const slots = (args.slots ?? []).map((d) => d.toISOString());
          const problems = shortlistAnswerProblems({ answer: args.answer, reason: args.reason, note: args.note, slots }, new Date());
          if (Object.keys(problems).length) throw AppError.badInput(problems);
          const profile = await this.resources.findOne(scope, args.id, { manager: m });
          const match = await m.findOneOrFail(Match, { where: { id: profile.id }, lock: { mode: 'pessimistic_write' } });
          if (match.stage !== MatchStage.SUBMITTED) {
            throw AppError.conflict(`${profile.alias} is ${enumLabel('MatchStage', match.stage).toLowerCase()} already: the answer can no longer change.`);
          }
          const role = await m.findOneByOrFail(Role, { id: match.roleId });
          if (role.status !== RoleStatus.OPEN) throw AppError.conflict(`The role "${role.title}" is ${enumLabel('RoleStatus', role.status).toLowerCase()}: its shortlist is closed.`);
          const before = { ...match };
          const answered = {
            clientAnswer: args.answer,
            clientReason: args.reason ?? null,
            clientNote: args.note ?? null,
            clientSlots: (args.slots ?? []).slice().sort((a, b) => a.getTime() - b.getTime()),
          };
          Object.assign(match, answered, { clientAnsweredAt: new Date(), clientAnsweredById: actor.id });
          const [who] = (await m.query(`SELECT name FROM app_user WHERE id = $1`, [actor.id])) as { name: string }[];
          const why = shortlistAnswerReason(args.answer, who?.name ?? 'the client', args.reason ? enumLabel('ShortlistReason', args.reason) : null, args.note ?? null);
          const to = ANSWER_STAGE[args.answer];
          if (to !== match.stage) await this.pipeline.moveTo(m, actor, match, match.stage, to, why);
          else await m.save(match);
          await this.audit.record(m, {
            actorId: actor.id,
            action: 'shortlist.answer',
            targetType: 'Match',
            targetId: match.id,
            changes: diffChanges(before, answered),
          });
          await this.tellRecruiter(m, match, profile.alias, role, why);
          return this.resources.findOne(scope, match.id, { manager: m });
        },
        (id) => this.resources.findOne(scope, id, { manager: m }),
      ),
    );
  }

  /** The recruiter who submitted the match (still active) gets a bell notification and an e-mail. */
  private async tellRecruiter(m: EntityManager, match: Match, alias: string, role: Role, why: string): Promise<void> {
    const [submitter] = (await m.query(
      `SELECT u.id FROM match_stage_change c JOIN app_user u ON u.id = c."changedById" AND u.active
        WHERE c."matchId" = $1 AND c."toStage" = $2 ORDER BY c."createdAt" DESC LIMIT 1`,
      [match.id, MatchStage.SUBMITTED],
    )) as { id: string }[];
    if (!submitter) return;
    await this.inbox.notify(m, {
      userId: submitter.id,
      title: `${enumLabel('ShortlistAnswer', match.clientAnswer)}: ${alias} for "${role.title}"`,
      body: why,
      link: `/Role/${role.id}/show`,
      sourceKey: `shortlist-answer:${match.id}:${match.clientAnswer}`,
    });
    await this.outbox.add(m, OutboxEventType.SHORTLIST_ANSWERED, { matchId: match.id, userId: submitter.id });
  }

  /** A role's client answers, counted (one statement for every role of the request). */
  feedback(loaders: RequestLoaders, roleId: string): Promise<ShortlistTally> {
    return loaders
      .custom<string, ShortlistTally>('Role.shortlistFeedback', async (ids) => {
        const rows = (await this.dataSource
          .getRepository(Match)
          .createQueryBuilder('m')
          .select(['m."roleId" AS "roleId"', 'm."clientAnswer" AS answer', 'm."clientReason" AS reason'])
          .where('m."roleId" IN (:...ids) AND m."submittedAt" IS NOT NULL', { ids: [...ids] })
          .getRawMany()) as { roleId: string; answer: ShortlistAnswer | null; reason: ShortlistReason | null }[];
        return ids.map((id) => tallyShortlist(rows.filter((r) => r.roleId === id)));
      })
      .load(roleId);
  }
}
