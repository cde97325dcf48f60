import MergeIcon from '@mui/icons-material/MergeType';
import { Button, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { enumLabel } from '@orchestra/shared';
import { Link } from 'react-admin';
import type { CandidateImportReport } from './api';

export type ImportReportRow = CandidateImportReport['rows'][number];

/**
 * Row by row: the CSV line, the person, accepted or rejected, and why. A row rejected as someone
 * already in the pool links to that record and, with `onMerge`, offers to import it and merge the two.
 */
export const ImportReport = ({ report, onMerge }: { report: CandidateImportReport; onMerge?: (row: ImportReportRow) => void }) => (
  <>
    <Typography variant="body2" sx={{ my: 1 }} role="status">
      {report.dryRun ? 'Preview: ' : 'Imported: '}
      {report.accepted} accepted, {report.rejected} rejected.
    </Typography>
    <TableContainer>
      <Table size="small" aria-label="Import report">
        <TableHead>
          <TableRow>
            <TableCell align="right">Line</TableCell>
            <TableCell>Name</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Reasons</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.rows.map((row) => (
            <TableRow key={row.line} sx={{ verticalAlign: 'top' }}>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {row.line}
              </TableCell>
              <TableCell>{row.candidateId && !report.dryRun ? <Link to={`/Candidate/${row.candidateId}/show`}>{row.name ?? row.candidateId}</Link> : (row.name ?? '—')}</TableCell>
              <TableCell>
                <Chip size="small" label={enumLabel('ImportRowStatus', row.status)} color={row.status === 'ACCEPTED' ? 'success' : 'error'} variant="outlined" />
              </TableCell>
              <TableCell>
                {row.reasons.length ? (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {row.reasons.map((r) => (
                      <li key={r}>
                        <Typography variant="body2" component="span">
                          {r}
                        </Typography>
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
                {row.status === 'REJECTED' && row.duplicateOfId && (
                  <Stack direction="row" gap={1} sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
                    <Link to={`/Candidate/${row.duplicateOfId}/show`}>Open the existing record</Link>
                    {onMerge && (
                      <Button size="small" startIcon={<MergeIcon />} onClick={() => onMerge(row)} aria-label={`Import line ${row.line} and merge`}>
                        Import and merge…
                      </Button>
                    )}
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  </>
);
