import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-admin';
import type { CandidateImportReport } from './api';

/** Row by row: the CSV line, the person, accepted or rejected, and why. */
export const ImportReport = ({ report }: { report: CandidateImportReport }) => (
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
                <Chip size="small" label={row.status} color={row.status === 'ACCEPTED' ? 'success' : 'error'} variant="outlined" />
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
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  </>
);
