import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, Typography } from '@mui/material';
import { LEVEL_NAMES } from '@orchestra/shared';
import type { RespondentCapability } from './api';

/**
 * The capability's five level descriptors, folded away until wanted: they help calibrate a
 * SCALE answer, but five paragraphs under every question would bury the question itself.
 */
export const LevelGuide = ({ capability, id }: { capability: RespondentCapability; id: string }) => (
  <Accordion
    disableGutters
    elevation={0}
    sx={{ border: 1, borderColor: 'divider', borderRadius: 1, '&::before': { display: 'none' }, bgcolor: 'transparent' }}
  >
    <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${id}-content`} id={`${id}-header`} sx={{ minHeight: 48 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        What the levels look like{' '}
        <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
          — {capability.name}
        </Box>
      </Typography>
    </AccordionSummary>
    <AccordionDetails sx={{ pt: 0 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {capability.description}
      </Typography>
      <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1.25 }}>
        {capability.levels.map((descriptor, i) => (
          <Box component="li" key={i} sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.25 }}>
            <Box
              aria-hidden
              sx={{ width: 24, height: 24, borderRadius: '50%', bgcolor: 'action.selected', display: 'grid', placeItems: 'center', fontSize: 13, fontWeight: 600 }}
            >
              {i + 1}
            </Box>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              <strong>{LEVEL_NAMES[i] ?? `Level ${i + 1}`}</strong> (level {i + 1}): {descriptor}
            </Typography>
          </Box>
        ))}
      </Box>
    </AccordionDetails>
  </Accordion>
);
