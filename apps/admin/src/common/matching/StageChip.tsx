import { Chip } from '@mui/material';
import type { MatchStage } from '@orchestra/shared';
import { STAGE_COLOURS, stageLabel } from './matchFormat';

/** A match's pipeline stage as a coloured chip. */
export const StageChip = ({ stage, size = 'small' }: { stage: MatchStage | string; size?: 'small' | 'medium' }) => (
  <Chip size={size} label={stageLabel(stage)} color={STAGE_COLOURS[stage as MatchStage] ?? 'default'} variant={stage === 'SUGGESTED' ? 'outlined' : 'filled'} />
);
