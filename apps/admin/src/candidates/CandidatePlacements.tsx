import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { RecordContextProvider, ReferenceField, TextField } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { formatMoney } from '../common/matching/money';
import type { PlacementRecord } from './AvailabilityTimeline';

/** Where the candidate is (or was) placed, with the terms. */
export const CandidatePlacements = ({ placements }: { placements: readonly PlacementRecord[] }) =>
  placements.length === 0 ? (
    <EmptyText>No placements.</EmptyText>
  ) : (
    <Table size="small" aria-label="Placements" sx={{ maxWidth: 800 }}>
      <TableHead>
        <TableRow>
          <TableCell>Role</TableCell>
          <TableCell>Start</TableCell>
          <TableCell>End</TableCell>
          <TableCell align="right">Rate</TableCell>
          <TableCell align="right">Allocation</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {placements.map((p) => (
          <TableRow key={p.id}>
            <TableCell>
              <RecordContextProvider value={p}>
                <ReferenceField source="roleId" reference="Role" link="show">
                  <TextField source="title" />
                </ReferenceField>
              </RecordContextProvider>
            </TableCell>
            <TableCell>{p.startDate}</TableCell>
            <TableCell>{p.endDate ?? 'Open-ended'}</TableCell>
            <TableCell align="right">{formatMoney(p.rateMinor, p.currency)}</TableCell>
            <TableCell align="right">{p.allocation}%</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
