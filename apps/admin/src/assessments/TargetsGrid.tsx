import { MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { AssessmentTarget } from '../gql/schema';
import type { OrchestraDataProvider } from '../providers/dataProvider';
import { TARGET_CHOICES } from './assessmentChoices';
import { ProgressButton } from '../common/ProgressButton';
import { plural } from '../common/plural';

type Target = Pick<AssessmentTarget, 'capabilityId' | 'capabilityName' | 'areaName' | 'target'>;

/** The level aimed for per capability, grouped by area, edited in place and saved together. */
export const TargetsGrid = () => {
  const record = useRecordContext<{ id: string; status: string; targets?: Target[] }>();
  const dataProvider = useDataProvider<OrchestraDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'Assessment', action: 'edit' });
  // Only the edits are state: the saved levels always come from the record.
  const [edits, setEdits] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState(false);
  const saved = useMemo(() => Object.fromEntries((record?.targets ?? []).map((t) => [t.capabilityId, t.target])), [record?.targets]);
  if (!record?.targets) return null;
  const editable = canAccess && (record.status === 'DRAFT' || record.status === 'OPEN');
  const changed = Object.entries(edits).filter(([id, level]) => saved[id] !== level);

  const save = async () => {
    setSaving(true);
    try {
      await dataProvider.setAssessmentTargets({ id: record.id, targets: changed.map(([capabilityId, target]) => ({ capabilityId, target })) });
      notify(`Saved ${plural(changed.length, 'target')}.`, { type: 'success' });
      setEdits({});
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Could not save the targets.', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap={2}>
      <Typography variant="body2" color="text.secondary">
        The level the client aims for on each capability, agreed with them. Gaps are measured against these.
      </Typography>
      <Table size="small" aria-label="Target levels">
        <TableHead>
          <TableRow>
            <TableCell>Area</TableCell>
            <TableCell>Capability</TableCell>
            <TableCell sx={{ width: 200 }}>Target</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.targets.map((t, i) => (
            <TableRow key={t.capabilityId}>
              <TableCell sx={{ color: 'text.secondary' }}>{i === 0 || record.targets![i - 1]!.areaName !== t.areaName ? t.areaName : ''}</TableCell>
              <TableCell>{t.capabilityName}</TableCell>
              <TableCell>
                {editable ? (
                  <Select
                    size="small"
                    fullWidth
                    value={edits[t.capabilityId] ?? t.target}
                    onChange={(e) => setEdits({ ...edits, [t.capabilityId]: Number(e.target.value) })}
                    inputProps={{ 'aria-label': `Target for ${t.capabilityName}` }}
                  >
                    {TARGET_CHOICES.map((c) => (
                      <MenuItem key={c.id} value={c.id}>
                        {c.name}
                      </MenuItem>
                    ))}
                  </Select>
                ) : (
                  TARGET_CHOICES.find((c) => c.id === t.target)?.name
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editable && (
        <div>
          <ProgressButton busy={saving} variant="contained" disabled={!changed.length} onClick={() => void save()}>
            {changed.length ? `Save ${plural(changed.length, 'change')}` : 'No changes'}
          </ProgressButton>
        </div>
      )}
    </Stack>
  );
};
