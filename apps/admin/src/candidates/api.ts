import { graphql } from '../gql';
import type { CandidateDuplicatesQuery, ImportCandidatesMutation } from '../gql/graphql';

// Candidate operations outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

/** CSV text of the candidates matching the filter, in words (the import reads it back). */
export const ExportCandidatesCsvDocument = graphql(`
  query ExportCandidatesCsv($filter: CandidateFilter) {
    exportCandidatesCsv(filter: $filter)
  }
`);

/**
 * Checks every row and (unless `dryRun`) writes the accepted ones together; the rejected ones come
 * back as `rejectedCsv` (the file's columns and a Reason). `onlyLines` + `allowDuplicates` import
 * one row that looks like an existing person, to merge the two.
 */
export const ImportCandidatesDocument = graphql(`
  mutation ImportCandidates($csv: String!, $dryRun: Boolean, $onlyLines: [Int!], $allowDuplicates: Boolean) {
    importCandidates(csv: $csv, dryRun: $dryRun, onlyLines: $onlyLines, allowDuplicates: $allowDuplicates) {
      accepted
      rejected
      dryRun
      rows {
        line
        status
        name
        candidateId
        duplicateOfId
        reasons
      }
      rejectedCsv
    }
  }
`);

/** A file to start from: the readable header row and one example person. */
export const CandidateCsvTemplateDocument = graphql(`
  query CandidateCsvTemplate {
    candidateCsvTemplate
  }
`);

export const CandidateDuplicatesDocument = graphql(`
  query CandidateDuplicates($id: ID!) {
    candidateDuplicates(id: $id) {
      candidate {
        id
        name
        email
        location
      }
      reasons
    }
  }
`);

/** Moves everything of `mergeId` to `keepId`; answers the kept candidate. */
export const MergeCandidatesDocument = graphql(`
  mutation MergeCandidates($keepId: ID!, $mergeId: ID!) {
    mergeCandidates(keepId: $keepId, mergeId: $mergeId) {
      id
      name
    }
  }
`);

export const EraseCandidateDocument = graphql(`
  mutation EraseCandidate($id: ID!, $reason: String!) {
    eraseCandidate(id: $id, reason: $reason) {
      candidateId
      erasedAt
    }
  }
`);

/** One JSON document (pretty printed) with everything held about the person. */
export const ExportCandidateDataDocument = graphql(`
  query ExportCandidateData($id: ID!) {
    exportCandidateData(id: $id)
  }
`);

export const AddCandidateNoteDocument = graphql(`
  mutation AddCandidateNote($candidateId: ID!, $body: String!) {
    addCandidateNote(candidateId: $candidateId, body: $body) {
      id
      body
      authorId
      createdAt
    }
  }
`);

export type CandidateImportReport = ImportCandidatesMutation['importCandidates'];
export type DuplicateCandidate = CandidateDuplicatesQuery['candidateDuplicates'][number];

export const duplicatesQueryKey = (id: string) => ['candidateDuplicates', id] as const;
