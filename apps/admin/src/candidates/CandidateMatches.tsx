import { Datagrid, FunctionField, NumberField, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EmptyText } from '../layout/EmptyText';
import { StageChip } from '../common/matching/StageChip';
import type { MatchRecord } from '../common/matching/api';

/** The candidate's stored matches (`allMatches` filtered on candidateId): role, stage, score. A row opens the role's pipeline. */
export const CandidateMatches = () => (
  <ReferenceManyField reference="Match" target="candidateId" sort={{ field: 'score', order: 'DESC' }} perPage={50} label={false}>
    <Datagrid bulkActionButtons={false} rowClick={(_id, _resource, record) => `/Role/${(record as MatchRecord).roleId}/show/pipeline`} empty={<EmptyText>Not matched to any role yet.</EmptyText>}>
      <ReferenceField source="roleId" reference="Role" label="Role" link={false} sortable={false}>
        <TextField source="title" />
      </ReferenceField>
      <FunctionField<MatchRecord> source="stage" label="Stage" render={(m) => <StageChip stage={m.stage} />} />
      <NumberField source="score" options={{ minimumFractionDigits: 1, maximumFractionDigits: 1 }} />
      <DateField source="stageChangedAt" label="Since" />
    </Datagrid>
  </ReferenceManyField>
);
