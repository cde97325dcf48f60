import { Box, Stack, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField, TextField, useRecordContext } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import type { CandidateRecord } from './candidateFields';

/** Five segments, the first `level` filled. */
export const LevelBar = ({ level, label }: { level: number; label: string }) => (
  <Stack direction="row" gap={0.25} role="meter" aria-label={label} aria-valuemin={1} aria-valuemax={5} aria-valuenow={level} aria-valuetext={`${level} of 5`}>
    {[1, 2, 3, 4, 5].map((i) => (
      <Box key={i} sx={{ width: 14, height: 8, borderRadius: 0.5, bgcolor: i <= level ? 'primary.main' : 'action.hover' }} />
    ))}
  </Stack>
);

/** The candidate's skills (highest level first, as the API orders them) with a level bar and the evidence. */
export const SkillLevels = () => {
  const candidate = useRecordContext<CandidateRecord>();
  if (!candidate) return null;
  if (!candidate.skills?.length) return <EmptyText>No skills recorded.</EmptyText>;
  return (
    <Box component="ul" aria-label="Skills" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.75 }}>
      {candidate.skills.map((s) => (
        <Box component="li" key={s.skillId} sx={{ display: 'grid', gridTemplateColumns: '180px 90px 1fr', gap: 1, alignItems: 'center' }}>
          <RecordContextProvider value={s}>
            <ReferenceField source="skillId" reference="Skill" link={false}>
              <TextField source="name" variant="body2" />
            </ReferenceField>
          </RecordContextProvider>
          <LevelBar level={s.level} label={`Level ${s.level} of 5`} />
          <Typography variant="caption" color="text.secondary">
            {s.evidence ?? ''}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
