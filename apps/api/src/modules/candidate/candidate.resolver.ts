import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import type { AuthUser } from '../../core/identity/auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../../core/identity/auth/decorators.js';
import { IdArgs } from '../../core/graphql/id.args.js';
import { FilterArg } from '../../core/graphql/list/filter-arg.js';
import type { GqlContext } from '../../core/graphql/request-loaders.js';
import { UserSummaryType } from '../../core/identity/user/dto/user-summary.type.js';
import { UserDirectoryService } from '../../core/identity/user/user-directory.service.js';
import type { Candidate, CandidateNote } from './candidate.entities.js';
import { CandidateCsvService } from './candidate-csv.service.js';
import { CandidateMergeService } from './candidate-merge.service.js';
import { CandidateRightsService } from './candidate-rights.service.js';
import { CandidateService, consentValid } from './candidate.service.js';
import { AddCandidateNoteArgs, CandidateFilter, CreateCandidateMutationArgs, EraseCandidateArgs, ImportCandidatesArgs, MergeCandidatesArgs, UpdateCandidateArgs } from './dto/candidate.args.js';
import { CandidateImportReportType, CandidateNoteType, CandidateSkillType, CandidateType, DuplicateCandidateType, ErasureReceiptType } from './dto/candidate.type.js';
import { ReadResolver } from '../../core/graphql/list/read-resolver.js';

@Resolver(() => CandidateType)
export class CandidateResolver extends ReadResolver({ name: 'Candidate', plural: 'Candidates', type: CandidateType, filter: CandidateFilter, permission: Permission.CANDIDATE_READ, service: CandidateService }) {
  constructor(
    private readonly csv: CandidateCsvService,
    private readonly rights: CandidateRightsService,
    private readonly merger: CandidateMergeService,
  ) {
    super();
  }

  @Query(() => [DuplicateCandidateType], { description: 'Records that look like the same person (same e-mail, phone or profile, or a similar name in the same place).' })
  @RequirePermission(Permission.CANDIDATE_READ)
  candidateDuplicates(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.readService.duplicatesOf(user, id);
  }

  @Query(() => String, { description: 'Everything held about the person, as one JSON document.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  exportCandidateData(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    return this.rights.exportData(user, id);
  }

  @Query(() => String, { description: 'CSV of the filtered list (readable headers and values, which the import reads back), at most 10,000 rows.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  exportCandidatesCsv(@FilterArg(CandidateFilter) filter: CandidateFilter | null, @CurrentUser() user: AuthUser) {
    return this.csv.export(user, filter);
  }

  @Query(() => String, { description: 'A CSV file to fill in for importCandidates: the readable header row and one example person.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  candidateCsvTemplate() {
    return this.csv.template();
  }

  @Query(() => [CandidateType], { description: 'Candidates whose retention period ends within 30 days, soonest first.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  candidatesDueForErasure() {
    return this.rights.dueForErasure(30);
  }

  @Mutation(() => CandidateType)
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  createCandidate(@Args() args: CreateCandidateMutationArgs, @CurrentUser() user: AuthUser) {
    return this.readService.create(user, args);
  }

  @Mutation(() => CandidateType)
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  updateCandidate(@Args() args: UpdateCandidateArgs, @CurrentUser() user: AuthUser) {
    return this.readService.update(user, args);
  }

  @Mutation(() => CandidateType, { description: 'Erases the candidate (as eraseCandidate); answers the record as it was.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  async deleteCandidate(@Args() { id }: IdArgs, @CurrentUser() user: AuthUser) {
    const candidate = await this.readService.findOne(user, id);
    await this.rights.erase(user, id);
    return candidate;
  }

  @Mutation(() => ErasureReceiptType, { description: 'Deletes every record about the person; the audit log keeps only that an erasure happened.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  eraseCandidate(@Args() { id }: EraseCandidateArgs, @CurrentUser() user: AuthUser) {
    return this.rights.erase(user, id);
  }

  @Mutation(() => CandidateImportReportType, { description: 'Imports candidates from CSV: each row accepted or rejected with reasons; accepted rows are written together.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  importCandidates(@Args() { csv, dryRun, onlyLines, allowDuplicates }: ImportCandidatesArgs, @CurrentUser() user: AuthUser) {
    return this.csv.import(user, csv, { dryRun: dryRun ?? false, onlyLines, allowDuplicates: allowDuplicates ?? false });
  }

  @Mutation(() => CandidateType, { description: 'Moves skills, matches, placements and notes of mergeId onto keepId, then deletes mergeId.' })
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  mergeCandidates(@Args() { keepId, mergeId }: MergeCandidatesArgs, @CurrentUser() user: AuthUser) {
    return this.merger.merge(user, keepId, mergeId);
  }

  @Mutation(() => CandidateNoteType)
  @RequirePermission(Permission.CANDIDATE_MANAGE)
  addCandidateNote(@Args() { candidateId, body }: AddCandidateNoteArgs, @CurrentUser() user: AuthUser) {
    return this.readService.addNote(user, candidateId, body);
  }

  @ResolveField('consentValid', () => Boolean, { description: 'Consent given and not expired.' })
  consentValid(c: Candidate): boolean {
    return consentValid(c);
  }

  @ResolveField('skills', () => [CandidateSkillType], { description: 'Strongest first.' })
  skills(c: Candidate, _args: unknown, { loaders }: GqlContext) {
    return this.readService.skillsOf(loaders, c.id);
  }

  @ResolveField('notes', () => [CandidateNoteType], { description: 'Newest first.' })
  notes(c: Candidate, _args: unknown, { loaders }: GqlContext) {
    return this.readService.notesOf(loaders, c.id);
  }
}

@Resolver(() => CandidateNoteType)
export class CandidateNoteResolver {
  constructor(private readonly directory: UserDirectoryService) {}

  @ResolveField('author', () => UserSummaryType, { nullable: true, description: 'Null once that user is deleted.' })
  author(n: CandidateNote, _args: unknown, { loaders }: GqlContext) {
    return n.authorId ? this.directory.loadAny(loaders, n.authorId) : null;
  }
}
