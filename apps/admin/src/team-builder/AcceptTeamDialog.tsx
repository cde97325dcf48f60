import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { ProgressButton } from '../common/ProgressButton';
import { useBusy } from '../common/useBusy';
import { request } from '../providers/client';
import { AcceptSpecialistTeamDocument, type SpecialistTeam, type TeamChoice } from './api';
import { problemOf } from './problem';
import { TEAM_LABELS, type TeamKind } from './TeamComparison';

export type CreatedRole = { id: string; title: string; status: string };

/**
 * Says what accepting does (an open role per member, each member shortlisted on it; the option's
 * drafted request roles cancelled), then sends the shown team's candidates with the sizes and
 * budget it was built within. The dialog stays open with the API's words when it refuses.
 */
export const AcceptTeamDialog = ({
  team,
  kind,
  built,
  onClose,
  onAccepted,
}: {
  team: TeamChoice;
  kind: TeamKind;
  /** The answer the shown team came from: its recommendation, sizes and budget. */
  built: SpecialistTeam;
  onClose: () => void;
  onAccepted: (roles: CreatedRole[]) => void;
}) => {
  const notify = useNotify();
  const { busy, run } = useBusy();
  const [problem, setProblem] = useState<string | null>(null);
  const label = TEAM_LABELS[kind].toLowerCase();
  const n = team.members.length;

  const accept = () =>
    run(async () => {
      setProblem(null);
      try {
        const { acceptSpecialistTeam } = await request(AcceptSpecialistTeamDocument, {
          recommendationId: built.recommendationId,
          candidateIds: team.members.map((m) => m.candidateId),
          minSize: built.minSize,
          maxSize: built.maxSize,
          budgetMinor: built.budgetMinor == null ? null : Math.round(built.budgetMinor),
        });
        notify(`The ${label} is accepted: ${acceptSpecialistTeam.length === 1 ? 'one role is' : `${acceptSpecialistTeam.length} roles are`} open with their member shortlisted.`, { type: 'success' });
        onAccepted(acceptSpecialistTeam);
      } catch (error) {
        setProblem(problemOf(error, 'The team could not be accepted.'));
      }
    });

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="accept-team-title">
      <DialogTitle id="accept-team-title">Accept the {label}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          An open role is drafted for each of the {n === 1 ? 'one member' : `${n} members`}, asking for the skills they cover, and each member is shortlisted on their
          role. The roles this option drafted for the request are cancelled. Accepting the same team again changes nothing.
        </DialogContentText>
        <Box component="ul" sx={{ mt: 1.5, mb: 0, pl: 2.5 }} aria-label="Members">
          {team.members.map((m) => (
            <li key={m.candidateId}>{m.candidateName}</li>
          ))}
        </Box>
        {problem && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <ProgressButton busy={busy} variant="contained" onClick={() => void accept()}>
          Accept the team
        </ProgressButton>
      </DialogActions>
    </Dialog>
  );
};
