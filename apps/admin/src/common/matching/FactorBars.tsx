import { Box, Tooltip, Typography } from '@mui/material';
import type { MatchFactor } from './api';

const points = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** "Skills: 31.5 of 45 points (value 0.70 × weight 0.45). Kubernetes 4/3, Go 3/3" */
export function factorSummary(f: MatchFactor): string {
  return `${f.label}: ${points(f.contribution)} of ${points(f.weight * 100)} points (value ${f.value.toFixed(2)} × weight ${f.weight.toFixed(2)}). ${f.detail}`;
}

/**
 * The explanation of a score: one horizontal bar per factor. The track is as long as the factor
 * can weigh (weight × 100 points), the filled part is what it contributed (value × weight × 100),
 * so the bars add up to the score. The detail is printed under the bar; value and weight are in
 * the tooltip and the bar's accessible name.
 */
export const FactorBars = ({ factors, dense = false }: { factors: readonly MatchFactor[]; dense?: boolean }) => (
  <Box component="ul" aria-label="Score breakdown" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: dense ? 0.25 : 0.75, minWidth: 240 }}>
    {factors.map((f) => (
      <Box component="li" key={f.factor} sx={{ display: 'grid', gridTemplateColumns: '96px 1fr 72px', columnGap: 1, alignItems: 'center' }}>
        <Typography variant="caption" sx={{ fontWeight: 500 }}>
          {f.label}
        </Typography>
        <Tooltip title={factorSummary(f)} placement="top" arrow>
          <Box
            role="meter"
            aria-label={f.label}
            aria-valuemin={0}
            aria-valuemax={Math.round(f.weight * 1000) / 10}
            aria-valuenow={Math.round(f.contribution * 10) / 10}
            aria-valuetext={factorSummary(f)}
            tabIndex={0}
            sx={{ height: 10, position: 'relative', bgcolor: 'transparent' }}
          >
            {/* The track: everything the factor could add. */}
            <Box sx={{ position: 'absolute', inset: 0, bgcolor: 'action.hover', borderRadius: 0.5 }} style={{ right: `${100 - Math.min(100, f.weight * 100)}%` }} />
            {/* What it did add. */}
            <Box
              data-testid={`factor-${f.factor}`}
              sx={{ position: 'absolute', top: 0, bottom: 0, left: 0, bgcolor: 'primary.main', borderRadius: 0.5 }}
              // Bar lengths vary per row: inline, rather than a generated class for each.
              style={{ width: `${Math.max(0, Math.min(100, f.contribution))}%` }}
            />
          </Box>
        </Tooltip>
        <Typography variant="caption" sx={{ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }}>
          {points(f.contribution)} / {points(f.weight * 100)}
        </Typography>
        {!dense && f.detail && (
          <Typography variant="caption" color="text.secondary" sx={{ gridColumn: '2 / 4', lineHeight: 1.3 }}>
            {f.detail}
          </Typography>
        )}
      </Box>
    ))}
  </Box>
);
