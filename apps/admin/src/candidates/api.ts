import { signedInGql } from '../providers/signedInGql';
import type { CandidateNote } from './candidateFields';

// Candidate operations of /work/contract/talent.graphql outside react-admin's CRUD grammar.

export interface CandidateImportRow {
  line: number;
  /** ACCEPTED | REJECTED */
  status: string;
  name: string | null;
  candidateId: string | null;
  reasons: string[];
}

export interface CandidateImportReport {
  accepted: number;
  rejected: number;
  dryRun: boolean;
  rows: CandidateImportRow[];
}

export interface DuplicateCandidate {
  candidate: { id: string; name: string; email: string; location: string | null };
  reasons: string[];
}

export interface ErasureReceipt {
  candidateId: string;
  erasedAt: string;
}

const EXPORT_CSV = `query ExportCandidatesCsv($filter: CandidateFilter) { exportCandidatesCsv(filter: $filter) }`;
const IMPORT = `mutation ImportCandidates($csv: String!, $dryRun: Boolean) {
  importCandidates(csv: $csv, dryRun: $dryRun) { accepted rejected dryRun rows { line status name candidateId reasons } }
}`;
const DUPLICATES = `query CandidateDuplicates($id: ID!) { candidateDuplicates(id: $id) { candidate { id name email location } reasons } }`;
const MERGE = `mutation MergeCandidates($keepId: ID!, $mergeId: ID!) { mergeCandidates(keepId: $keepId, mergeId: $mergeId) { id name } }`;
const ERASE = `mutation EraseCandidate($id: ID!, $reason: String!) { eraseCandidate(id: $id, reason: $reason) { candidateId erasedAt } }`;
const EXPORT_DATA = `query ExportCandidateData($id: ID!) { exportCandidateData(id: $id) }`;
const ADD_NOTE = `mutation AddCandidateNote($candidateId: ID!, $body: String!) { addCandidateNote(candidateId: $candidateId, body: $body) { id body authorId createdAt } }`;

export const duplicatesQueryKey = (id: string) => ['candidateDuplicates', id] as const;

/** CSV text of the candidates matching the filter, same columns as the import. */
export async function exportCandidatesCsv(filter: Record<string, unknown>): Promise<string> {
  return (await signedInGql<{ exportCandidatesCsv: string }>(EXPORT_CSV, { filter })).exportCandidatesCsv;
}

/** Validates every row; imports nothing unless every row is accepted and `dryRun` is not set. */
export async function importCandidates(csv: string, dryRun: boolean): Promise<CandidateImportReport> {
  return (await signedInGql<{ importCandidates: CandidateImportReport }>(IMPORT, dryRun ? { csv, dryRun: true } : { csv })).importCandidates;
}

export async function candidateDuplicates(id: string): Promise<DuplicateCandidate[]> {
  return (await signedInGql<{ candidateDuplicates: DuplicateCandidate[] }>(DUPLICATES, { id })).candidateDuplicates;
}

/** Moves everything of `mergeId` to `keepId`; answers the kept candidate. */
export async function mergeCandidates(keepId: string, mergeId: string): Promise<{ id: string; name: string }> {
  return (await signedInGql<{ mergeCandidates: { id: string; name: string } }>(MERGE, { keepId, mergeId })).mergeCandidates;
}

export async function eraseCandidate(id: string, reason: string): Promise<ErasureReceipt> {
  return (await signedInGql<{ eraseCandidate: ErasureReceipt }>(ERASE, { id, reason })).eraseCandidate;
}

/** One JSON document (pretty printed) with everything held about the person. */
export async function exportCandidateData(id: string): Promise<string> {
  return (await signedInGql<{ exportCandidateData: string }>(EXPORT_DATA, { id })).exportCandidateData;
}

export async function addCandidateNote(candidateId: string, body: string): Promise<CandidateNote> {
  return (await signedInGql<{ addCandidateNote: CandidateNote }>(ADD_NOTE, { candidateId, body })).addCandidateNote;
}
