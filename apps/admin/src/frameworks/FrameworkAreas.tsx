import { Box, Stack, Typography } from '@mui/material';
import { Datagrid, NumberField, RecordsIterator, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { TARGET_CHOICES } from '../capabilities/capabilityFields';
import { NatureField } from '../capabilities/NatureField';
import type { AreaRecord } from '../capability-areas/areaFields';
import { EmptyText } from '../layout/EmptyText';
import { AddChildButton, FrameworkEditButton } from '../common/editor/EditorButtons';

/**
 * One area: its name, what it covers, and its capabilities in order (a row opens the capability).
 * For those who may manage frameworks, while it is a draft: edit the area, add a capability to it.
 */
const AreaSection = () => {
  const area = useRecordContext<AreaRecord>();
  if (!area) return null;
  return (
    <Box component="section" aria-label={area.name} sx={{ mb: 3 }}>
      <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap">
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, flex: 1 }}>
          {area.name}
        </Typography>
        <FrameworkEditButton frameworkId={area.frameworkId} label="Edit area" />
        <AddChildButton resource="Capability" parentField="areaId" label="Add capability" frameworkId={area.frameworkId} />
      </Stack>
      {area.description && (
        <Typography variant="body2" color="text.secondary">
          {area.description}
        </Typography>
      )}
      <ReferenceManyField
        reference="Capability"
        target="areaId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
        empty={<EmptyText>No capabilities in this area.</EmptyText>}
      >
        <Datagrid bulkActionButtons={false} rowClick="show">
          <TextField source="name" sortable={false} />
          <NatureField label="Nature" />
          <NumberField source="weight" sortable={false} />
          <SelectField source="defaultTarget" label="Default target" choices={TARGET_CHOICES} sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};

/** The framework's areas in order, each with its capabilities (one small query per area). */
export const FrameworkAreas = () => (
  <ReferenceManyField
    reference="CapabilityArea"
    target="frameworkId"
    sort={{ field: 'position', order: 'ASC' }}
    perPage={100}
    empty={<EmptyText>This framework has no areas yet.</EmptyText>}
  >
    <RecordsIterator>
      <AreaSection />
    </RecordsIterator>
  </ReferenceManyField>
);
