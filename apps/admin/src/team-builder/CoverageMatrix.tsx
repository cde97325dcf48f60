import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { TeamChoice } from './api';

/**
 * Rows are the skills the team must cover (name, minimum level), columns the team's members; a
 * cell holds the member's level where they cover the skill and stays empty otherwise. A skill no
 * member covers is flagged.
 */
export const CoverageMatrix = ({ team, label }: { team: TeamChoice; label: string }) => {
  const uncovered = new Set(team.uncovered);
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={`Coverage matrix: ${label}`}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Skill
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Minimum level
            </TableCell>
            {team.members.map((m) => (
              <TableCell key={m.candidateId} component="th" scope="col" align="center">
                {m.candidateName}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {team.skills.map((skill) => {
            const missing = uncovered.has(skill.name) || skill.coveredBy.length === 0;
            return (
              <TableRow key={skill.skillId} sx={missing ? { bgcolor: 'warning.light', '& td, & th': { color: 'warning.contrastText' } } : undefined}>
                <TableCell component="th" scope="row">
                  <Stack direction="row" gap={1} sx={{ alignItems: 'center' }}>
                    <span>{skill.name}</span>
                    {missing && <Chip size="small" color="warning" icon={<WarningAmberIcon />} label="Uncovered" />}
                  </Stack>
                </TableCell>
                <TableCell align="right">{skill.minLevel}</TableCell>
                {team.members.map((m) => {
                  const level = skill.coveredBy.find((c) => c.candidateId === m.candidateId)?.level;
                  return (
                    <TableCell
                      key={m.candidateId}
                      align="center"
                      aria-label={level === undefined ? `${m.candidateName} does not cover ${skill.name}` : `${m.candidateName}: ${skill.name} at level ${level}`}
                      sx={level === undefined ? undefined : { fontWeight: 600, bgcolor: missing ? undefined : 'success.light', color: 'success.contrastText' }}
                    >
                      {level ?? ''}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {team.members.length === 0 && (
        <Box sx={{ p: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            Nobody in this team: no column to show.
          </Typography>
        </Box>
      )}
    </TableContainer>
  );
};
