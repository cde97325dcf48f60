import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { answersById, RESPONDENT_ROLES, scoreAssessment, scoreCapability, type CapabilityAssessmentScore, type Answer, type RespondentRole, type ScoringQuestion, type Urgency } from '@orchestra/shared';
import { In, Repository, type EntityManager } from 'typeorm';
import { upsertRows } from '../../core/database/upsert-rows.js';
import { ResourceRepository } from '../../core/graphql/list/resource-repository.js';
import { CapabilityScore, type RoleScore } from './capability-score.entity.js';

/** A submitted response as scoring reads it: the respondent's seat (never their name) and answers. */
export interface SubmittedResponse {
  respondentRole: RespondentRole;
  answers: Answer[];
}

export interface AggregateInput {
  assessment: { id: string; clientId: string; minRespondents: number };
  urgency: Urgency;
  /** The assessment's targets with each capability's weight. */
  capabilities: { id: string; weight: number; target: number }[];
  questions: readonly ScoringQuestion[];
  responses: SubmittedResponse[];
}

/** Capability scores (DESIGN §4): written once per finalise run, read by staff. */
@Injectable()
export class ScoringService {
  readonly scores: ResourceRepository<CapabilityScore>;

  constructor(@InjectRepository(CapabilityScore) repo: Repository<CapabilityScore>) {
    this.scores = new ResourceRepository(repo, {
      typeName: 'CapabilityScore',
      alias: 'score',
      sortable: { id: 'id', current: 'current', confidence: 'confidence', target: 'target' },
      defaultSort: { field: 'current', order: 'ASC' },
      equals: { assessmentId: 'assessmentId', capabilityId: 'capabilityId' },
    });
  }

  /** Scores every target capability, overall and per seat, upserts them in one statement and returns them as stored. */
  async aggregate(m: EntityManager, input: AggregateInput): Promise<CapabilityAssessmentScore[]> {
    const { assessment, questions } = input;
    // Each respondent's answers by question id, built once for every capability and seat below.
    const responses = input.responses.map((r) => ({ respondentRole: r.respondentRole, answers: answersById(r.answers) }));
    const scores = scoreAssessment({
      capabilities: input.capabilities,
      questions,
      responses: responses.map((r) => r.answers),
      minRespondents: assessment.minRespondents,
      urgency: input.urgency,
    });
    const roles = RESPONDENT_ROLES.filter((role) => responses.some((r) => r.respondentRole === role));
    const ofRole = new Map(roles.map((role) => [role, responses.filter((r) => r.respondentRole === role).map((r) => r.answers)]));
    const rows = scores.map((s) => ({
      clientId: assessment.clientId,
      assessmentId: assessment.id,
      capabilityId: s.capabilityId,
      current: s.current,
      target: s.target,
      respondentCount: s.respondentCount,
      spread: s.spread,
      coverage: s.coverage,
      confidence: s.confidence,
      byRole: roles.map((role): RoleScore => {
        const own = scoreCapability({ capabilityId: s.capabilityId, questions, responses: ofRole.get(role)!, minRespondents: 1 });
        return { respondentRole: role, current: own.current, respondents: own.respondentCount };
      }),
    }));
    await upsertRows(m, CapabilityScore, rows, {
      conflict: ['assessmentId', 'capabilityId'],
      update: ['clientId', 'current', 'target', 'respondentCount', 'spread', 'coverage', 'confidence', 'byRole'],
    });
    return scores;
  }

  /** An assessment's stored scores (numbers, not pg's numeric strings). */
  ofAssessment(m: EntityManager, assessmentId: string): Promise<CapabilityScore[]> {
    return m.find(CapabilityScore, { where: { assessmentId } });
  }

  /** The stored scores of these capabilities in one assessment. */
  ofCapabilities(m: EntityManager, assessmentId: string, capabilityIds: readonly string[]): Promise<CapabilityScore[]> {
    return m.find(CapabilityScore, { where: { assessmentId, capabilityId: In([...capabilityIds]) } });
  }
}
