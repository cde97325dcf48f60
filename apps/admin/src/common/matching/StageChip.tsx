import { Chip } from '@mui/material';
import type { MatchStage } from '@orchestra/shared';
import { enumLabel } from '@orchestra/shared';
import { STAGE_COLOURS } from './matchFormat';

/** A match's pipeline stage as a coloured chip. */
export const StageChip = ({ stage, size = 'small' }: { stage: MatchStage | string; size?: 'small' | 'medium' }) => (
  <Chip size={size} label={enumLabel('MatchStage', stage)} color={STAGE_COLOURS[stage as MatchStage] ?? 'default'} variant={stage === 'SUGGESTED' ? 'outlined' : 'filled'} />
);
