import { useState } from 'react';
import { Create, SimpleForm, useNotify } from 'react-admin';
import { duplicatesOf, fieldProblemsOf, type DuplicateHint } from '../providers/graphql';
import { CandidateInputs } from './CandidateInputs';
import { toCandidateArgs, type CandidateFormValues } from './candidateFields';
import { LikelyDuplicatesAlert } from './LikelyDuplicatesAlert';

/**
 * A new candidate. When the API refuses it as a likely duplicate (CONFLICT with
 * `extensions.duplicates`), the form shows them and offers "Create anyway".
 */
export const CandidateCreate = () => {
  const notify = useNotify();
  const [duplicates, setDuplicates] = useState<DuplicateHint[]>([]);
  const onError = (error: unknown) => {
    const found = duplicatesOf(error);
    setDuplicates(found);
    if (found.length) return;
    // Field problems are shown under their inputs (the form gets body.errors).
    if (Object.keys(fieldProblemsOf(error)).length === 0) notify(error instanceof Error ? error.message : 'The candidate could not be created.', { type: 'error' });
  };
  return (
    <Create redirect="show" transform={(data: CandidateFormValues) => toCandidateArgs(data)} mutationOptions={{ onError }}>
      <SimpleForm>
        {duplicates.length > 0 && <LikelyDuplicatesAlert duplicates={duplicates} />}
        <CandidateInputs />
      </SimpleForm>
    </Create>
  );
};
