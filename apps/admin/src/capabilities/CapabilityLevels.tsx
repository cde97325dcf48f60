import { Box, Paper, Typography, type SxProps, type Theme } from '@mui/material';
import { LEVEL_NAMES } from '@orchestra/shared';
import { TextInput, useRecordContext } from 'react-admin';
import { levelLabel, validateLevel } from './capabilityFields';

/** Five columns side by side from `lg` (desktop) up, one under the other on smaller screens. */
const levelGrid: SxProps<Theme> = {
  display: 'grid',
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: `repeat(${LEVEL_NAMES.length}, minmax(0, 1fr))` },
  gap: 2,
  width: '100%',
};

/** The five level descriptors as inputs bound to `levels.0` … `levels.4`, Initial to Optimising. */
export const LevelsInput = () => (
  <Box sx={{ width: '100%' }}>
    <Typography variant="subtitle1" component="h2" gutterBottom>
      Levels
    </Typography>
    <Box role="group" aria-label="Levels" sx={levelGrid}>
      {LEVEL_NAMES.map((_, index) => (
        <TextInput
          key={index}
          source={`levels.${index}`}
          label={levelLabel(index + 1)}
          multiline
          minRows={6}
          validate={validateLevel}
          helperText={false}
        />
      ))}
    </Box>
  </Box>
);

/** The five level descriptors, read-only, laid out like the editor. */
export const LevelsField = (_props: { label?: string }) => {
  const record = useRecordContext<{ levels?: string[] }>();
  if (!record) return null;
  return (
    <Box role="group" aria-label="Levels" sx={levelGrid}>
      {LEVEL_NAMES.map((_, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 1.5 }}>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {levelLabel(index + 1)}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {record.levels?.[index] || '—'}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
};
