import { Alert, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { enumLabel, Movement } from '@orchestra/shared';
import type { AssessmentReport } from './api';
import { formatDate, level } from './format';

type Changes = NonNullable<AssessmentReport['changes']>;

const COLOURS: Record<string, 'success' | 'error' | 'default'> = { ROSE: 'success', FELL: 'error' };

/** "+1.30", "−0.40", "—". */
const signed = (n: number | null | undefined) => (n == null ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(2)}`);

/**
 * A re-assessment's "What changed": the summary in words, then per capability the level now, the
 * change against the previous assessment (within noise or not) and the baseline, and what was done
 * about it in between.
 */
export const WhatChanged = ({ changes }: { changes: Changes }) => {
  const compared = changes.capabilities.filter((c) => c.movement !== Movement.NOT_SCORED);
  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }} aria-label="What changed in words">
        {changes.summary}
      </Alert>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Against “{changes.previousTitle}”{changes.baselineTitle !== changes.previousTitle ? ` and the baseline “${changes.baselineTitle}”` : ''}. A change smaller than the combined spread of the answers is within noise.
      </Typography>
      <Table size="small" aria-label="Change by capability">
        <TableHead>
          <TableRow>
            <TableCell>Capability</TableCell>
            <TableCell align="right">Now</TableCell>
            <TableCell align="right">Change</TableCell>
            <TableCell align="right">Since the baseline</TableCell>
            <TableCell>Movement</TableCell>
            <TableCell>What was done in between</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {compared.map((c) => (
            <TableRow key={c.key}>
              <TableCell>
                {c.name}
                <Typography variant="caption" color="text.secondary" display="block">
                  {c.areaName}
                </Typography>
              </TableCell>
              <TableCell align="right">{level(c.current)}</TableCell>
              <TableCell align="right">
                {signed(c.change)}
                {c.noise != null && (
                  <Typography variant="caption" color="text.secondary" display="block">
                    noise ±{c.noise.toFixed(2)}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{signed(c.changeFromBaseline)}</TableCell>
              <TableCell>
                <Chip size="small" color={COLOURS[c.movement] ?? 'default'} label={enumLabel('Movement', c.movement)} />
              </TableCell>
              <TableCell>
                {c.interventions.length ? (
                  c.interventions.map((i) => (
                    <Typography key={`${i.kind}-${i.label}-${i.on}`} variant="body2">
                      {formatDate(i.on)}: {i.label.charAt(0).toUpperCase() + i.label.slice(1)}
                    </Typography>
                  ))
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    No intervention
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {compared.length < changes.capabilities.length && (
        <Typography variant="caption" color="text.secondary">
          {changes.capabilities.length - compared.length} more {changes.capabilities.length - compared.length === 1 ? 'capability was' : 'capabilities were'} not answered enough to compare.
        </Typography>
      )}
    </>
  );
};
