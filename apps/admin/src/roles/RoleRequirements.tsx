import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { enumLabel, formatDay } from '@orchestra/shared';
import { Fact } from '../common/Fact';
import { EmptyText } from '../layout/EmptyText';
import { formatMoneyRange } from '../common/matching/money';
import type { RoleRecord } from './roleFields';

/** What the role asks for: terms, then the required skills (must-haves first). */
export const RoleRequirements = () => {
  const role = useRecordContext<RoleRecord>();
  if (!role) return null;
  const skills = [...(role.requiredSkills ?? [])].sort((a, b) => Number(b.mustHave) - Number(a.mustHave) || b.weight - a.weight);
  return (
    <Stack gap={2}>
      <Box component="dl" sx={{ m: 0, display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        <Fact label="Option type">{enumLabel('RecommendationOption', role.optionType)}</Fact>
        <Fact label="Seniority">{enumLabel('Seniority', role.seniority)}</Fact>
        <Fact label="Start">{role.startDate ? formatDay(role.startDate) : 'Not set'}</Fact>
        <Fact label="Duration">{role.permanent ? 'Permanent' : role.durationWeeks ? `${role.durationWeeks} weeks` : 'Open-ended'}</Fact>
        <Fact label="Allocation">{role.allocation}%</Fact>
        <Fact label={role.permanent ? 'Salary band (yearly)' : 'Day rate band'}>{formatMoneyRange(role.budgetMinMinor, role.budgetMaxMinor, role.currency)}</Fact>
        <Fact label="Minimum overlap">{role.minOverlapHours} h with the client&apos;s core hours</Fact>
      </Box>
      <Typography variant="subtitle2" component="h3">
        Required skills
      </Typography>
      {skills.length === 0 ? (
        <EmptyText>No skills required yet: edit the role to add them.</EmptyText>
      ) : (
        <Table size="small" aria-label="Required skills" sx={{ maxWidth: 640 }}>
          <TableHead>
            <TableRow>
              <TableCell>Skill</TableCell>
              <TableCell align="right">Min level</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell align="right">Weight</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {skills.map((s) => (
              <TableRow key={s.skillId}>
                <TableCell>{s.skill ?? s.skillId}</TableCell>
                <TableCell align="right">{s.minLevel} / 5</TableCell>
                <TableCell>{s.mustHave ? <Chip size="small" color="primary" label="Must-have" /> : <Chip size="small" variant="outlined" label="Nice to have" />}</TableCell>
                <TableCell align="right">{s.weight}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
};
