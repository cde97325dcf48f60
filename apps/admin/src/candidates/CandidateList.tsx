import { enumLabel } from '@orchestra/shared';
import UploadIcon from '@mui/icons-material/Upload';
import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  Button,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  FunctionField,
  Link,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { TIME_ZONE_CHOICES } from '../clients/clientFields';
import { formatMoney } from '../common/matching/money';
import { MoneyInput } from '../common/matching/MoneyInput';
import { SENIORITY_CHOICES } from '../roles/roleFields';
import { KIND_CHOICES, type CandidateRecord } from './candidateFields';
import { ExportCsvButton } from './ExportCsvButton';

/** Day-rate filters are typed in major units of the usual two-decimal currencies. */
const FILTER_CURRENCY = 'EUR';

const candidateFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or e-mail" />,
  <TextInput key="cv" source="cv" label="CV contains" helperText="Every word, as a prefix" />,
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} />,
  <SelectInput key="seniority" source="seniority" choices={SENIORITY_CHOICES} />,
  <ReferenceInput key="skillId" source="skillId" reference="Skill" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Skill" />
  </ReferenceInput>,
  <NumberInput key="skillMinLevel" source="skillMinLevel" label="Skill level at least" min={1} max={5} step={1} />,
  <DateInput key="availableBy" source="availableBy" label="Available by" />,
  <MoneyInput key="dayRateMinor_gte" source="dayRateMinor_gte" label="Day rate from" currency={FILTER_CURRENCY} />,
  <MoneyInput key="dayRateMinor_lte" source="dayRateMinor_lte" label="Day rate up to" currency={FILTER_CURRENCY} />,
  <AutocompleteInput key="timeZone" source="timeZone" label="Time zone" choices={TIME_ZONE_CHOICES} />,
  <NullableBooleanInput key="consentValid" source="consentValid" label="Consent valid" />,
];

const ListActions = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'Candidate', action: 'create' });
  const { canAccess: canExport } = useCanAccess({ resource: 'Candidate', action: 'export' });
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      {canCreate && (
        <Button component={Link} to="/Candidate/import" label="Import CSV">
          <UploadIcon />
        </Button>
      )}
      {canExport && <ExportCsvButton />}
    </TopToolbar>
  );
};

export const CandidateList = () => (
  <List filters={candidateFilters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <FunctionField<CandidateRecord> source="kind" render={(c) => enumLabel('CandidateKind', c.kind)} />
      <FunctionField<CandidateRecord> source="seniority" render={(c) => enumLabel('Seniority', c.seniority)} />
      <DateField source="availableFrom" label="Available from" />
      <FunctionField<CandidateRecord> source="dayRateMinor" label="Day rate" textAlign="right" render={(c) => formatMoney(c.dayRateMinor, c.currency)} />
      <TextField source="timeZone" label="Time zone" sortable={false} />
      <FunctionField<CandidateRecord>
        source="consentExpiresAt"
        label="Consent"
        render={(c) => <Chip size="small" color={c.consentValid ? 'success' : 'error'} variant="outlined" label={c.consentValid ? 'Valid' : 'Not valid'} />}
      />
      <DateField source="lastContactAt" label="Last contact" emptyText="—" />
    </Datagrid>
  </List>
);
