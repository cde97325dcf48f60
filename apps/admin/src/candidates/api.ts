import { graphql } from '../gql';
import type { CandidateDuplicatesQuery, ImportCandidatesMutation } from '../gql/graphql';

// Candidate operations outside react-admin's CRUD grammar (apps/api/schema.gql), run with `request`.

/** CSV text of the candidates matching the filter, same columns as the import. */
export const ExportCandidatesCsvDocument = graphql(`
  query ExportCandidatesCsv($filter: CandidateFilter) {
    exportCandidatesCsv(filter: $filter)
  }
`);

/** Validates every row; imports nothing unless every row is accepted and `dryRun` is not set. */
export const ImportCandidatesDocument = graphql(`
  mutation ImportCandidates($csv: String!, $dryRun: Boolean) {
    importCandidates(csv: $csv, dryRun: $dryRun) {
      accepted
      rejected
      dryRun
      rows {
        line
        status
        name
        candidateId
        reasons
      }
    }
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
