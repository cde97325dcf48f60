import { Injectable } from '@nestjs/common';
import { MATCH_PIPELINE, MatchStage, type MatchStage as Stage } from '@orchestra/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { diffChanges } from '../../core/audit/audit-changes.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { Candidate } from './candidate.entities.js';
import { CandidateService } from './candidate.service.js';

/** How far a match got: a later pipeline stage wins; rejected and withdrawn count least. */
function progress(stage: Stage): number {
  return stage === MatchStage.REJECTED || stage === MatchStage.WITHDRAWN ? -1 : MATCH_PIPELINE.indexOf(stage);
}

/** Fields the kept record takes from the merged one when it has none. */
const FILL = ['phone', 'profileUrl', 'location', 'dayRateMinor', 'salaryMinor', 'cvText', 'consentGivenAt', 'consentExpiresAt'] as const;

/** Merging two records of one person, keeping every relation on the kept record. */
@Injectable()
export class CandidateMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateService,
    private readonly audit: AuditService,
  ) {}

  merge(actor: AuthUser, keepId: string, mergeId: string): Promise<Candidate> {
    if (keepId === mergeId) throw AppError.badInput({ mergeId: 'must differ from keepId' });
    return this.dataSource.transaction(async (m) => {
      // Locked in id order so two merges of the same pair cannot deadlock.
      const locked = await m.getRepository(Candidate).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: [keepId, mergeId] }).orderBy('c.id').setLock('pessimistic_write').getMany();
      const keep = locked.find((c) => c.id === keepId);
      const gone = locked.find((c) => c.id === mergeId);
      if (!keep) throw AppError.notFound('Candidate', keepId);
      if (!gone) throw AppError.notFound('Candidate', mergeId);

      await this.mergeSkills(m, keepId, mergeId);
      await this.mergeMatches(m, keepId, mergeId);
      await m.query(`UPDATE placement SET "candidateId" = $1 WHERE "candidateId" = $2`, [keepId, mergeId]);
      await m.query(`UPDATE candidate_note SET "candidateId" = $1 WHERE "candidateId" = $2`, [keepId, mergeId]);

      const before = { ...keep };
      const fill = FILL.filter((f) => keep[f] === null && gone[f] !== null);
      for (const f of fill) (keep as unknown as Record<string, unknown>)[f] = gone[f];
      if (gone.lastContactAt && (!keep.lastContactAt || gone.lastContactAt > keep.lastContactAt)) {
        keep.lastContactAt = gone.lastContactAt;
      }
      keep.tags = [...new Set([...keep.tags, ...gone.tags])];
      await m.delete(Candidate, { id: mergeId });
      await m.save(keep);
      await m.query(`SELECT candidate_sync_skills($1::uuid[])`, [[keepId]]);
      await this.candidates.changed(m, keepId);
      await this.audit.record(m, { actorId: actor.id, action: 'candidate.merge', targetType: 'Candidate', targetId: keepId,
        changes: { mergedCandidateId: { old: null, new: mergeId }, ...diffChanges(before, keep, [...FILL, 'lastContactAt', 'tags']) },
        changedFields: ['skills', 'matches', 'placements', 'notes'],
      });
      return keep;
    });
  }

  /** The kept record keeps the higher level of a shared skill, and both evidence notes. */
  private async mergeSkills(m: EntityManager, keepId: string, mergeId: string): Promise<void> {
    await m.query(
      `UPDATE candidate_skill k SET level = greatest(k.level, g.level),
              evidence = nullif(concat_ws(' / ', k.evidence, g.evidence), '')
         FROM candidate_skill g WHERE k."candidateId" = $1 AND g."candidateId" = $2 AND g."skillId" = k."skillId"`,
      [keepId, mergeId],
    );
    await m.query(`DELETE FROM candidate_skill g WHERE g."candidateId" = $2 AND EXISTS (SELECT 1 FROM candidate_skill k WHERE k."candidateId" = $1 AND k."skillId" = g."skillId")`, [keepId, mergeId]);
    await m.query(`UPDATE candidate_skill SET "candidateId" = $1 WHERE "candidateId" = $2`, [keepId, mergeId]);
  }

  /**
   * Matches for roles only one record has move over. For a role both have, the match that got
   * further wins; the other's history (and placement) moves onto it before it is deleted.
   */
  private async mergeMatches(m: EntityManager, keepId: string, mergeId: string): Promise<void> {
    const pairs = (await m.query(
      `SELECT k.id AS "keepMatch", k.stage AS "keepStage", g.id AS "goneMatch", g.stage AS "goneStage"
         FROM match k JOIN match g ON g."roleId" = k."roleId" WHERE k."candidateId" = $1 AND g."candidateId" = $2`,
      [keepId, mergeId],
    )) as { keepMatch: string; keepStage: Stage; goneMatch: string; goneStage: Stage }[];
    for (const p of pairs) {
      const goneWins = progress(p.goneStage) > progress(p.keepStage);
      const [winner, loser] = goneWins ? [p.goneMatch, p.keepMatch] : [p.keepMatch, p.goneMatch];
      await m.query(`UPDATE match_stage_change SET "matchId" = $1 WHERE "matchId" = $2`, [winner, loser]);
      await m.query(`UPDATE placement SET "matchId" = $1 WHERE "matchId" = $2`, [winner, loser]);
      await m.query(`DELETE FROM match WHERE id = $1`, [loser]);
    }
    await m.query(`UPDATE match SET "candidateId" = $1 WHERE "candidateId" = $2`, [keepId, mergeId]);
  }
}
