import GroupsIcon from '@mui/icons-material/Groups';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  LinearProgress,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { RoleStatus, enumLabel } from '@orchestra/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, Title, useCanAccess } from 'react-admin';
import { useParams, useSearchParams } from 'react-router';
import { ProgressButton } from '../common/ProgressButton';
import { toMajor, toMinor } from '../common/matching/money';
import { request } from '../providers/client';
import { errorCodeOf, NETWORK_ERROR } from '../providers/graphql';
import { AcceptTeamDialog, type CreatedRole } from './AcceptTeamDialog';
import { SpecialistTeamDocument, TeamBuilderRoleDocument, specialistTeamKey, type SpecialistTeam, type TeamBounds } from './api';
import { CoverageMatrix } from './CoverageMatrix';
import { problemOf } from './problem';
import { TEAM_LABELS, TeamComparison, type TeamKind } from './TeamComparison';
import { TeamMembers } from './TeamMembers';

const NO_BOUNDS: TeamBounds = { minSize: null, maxSize: null, budgetMinor: null };
/** The API's limits on a team's size. */
const SIZE_LIMITS = { min: 1, max: 10 } as const;

type Draft = { minSize?: string; maxSize?: string; budget?: string };
type DraftErrors = Partial<Record<keyof Draft, string>>;

const isSize = (n: number) => Number.isInteger(n) && n >= SIZE_LIMITS.min && n <= SIZE_LIMITS.max;

/** The typed bounds, checked: whole sizes 1–10 with the smallest not above the largest, a budget of 0 or more (empty: the default). */
function readDraft(values: Required<Draft>, currency: string | null): { bounds: TeamBounds } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const min = values.minSize.trim() === '' ? null : Number(values.minSize);
  const max = values.maxSize.trim() === '' ? null : Number(values.maxSize);
  if (min !== null && !isSize(min)) errors.minSize = `A whole number from ${SIZE_LIMITS.min} to ${SIZE_LIMITS.max}`;
  if (max !== null && !isSize(max)) errors.maxSize = `A whole number from ${SIZE_LIMITS.min} to ${SIZE_LIMITS.max}`;
  if (min !== null && max !== null && !errors.minSize && !errors.maxSize && min > max) errors.maxSize = 'Not below the smallest team';
  const budget = values.budget.trim() === '' ? null : Number(values.budget);
  if (budget !== null && (!Number.isFinite(budget) || budget < 0)) errors.budget = 'An amount of 0 or more, or empty for the default';
  if (Object.keys(errors).length) return { errors };
  return { bounds: { minSize: min, maxSize: max, budgetMinor: budget === null ? null : toMinor(budget, currency) } };
}

/** The roles accepting drafted, linked to their pages. */
const CreatedRoles = ({ roles }: { roles: CreatedRole[] }) => (
  <Alert severity="success" aria-label="The team's roles">
    <Typography variant="body2" sx={{ fontWeight: 600 }}>
      The team is accepted: {roles.length === 1 ? 'this role is' : 'these roles are'} open, each with its member shortlisted.
    </Typography>
    <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
      {roles.map((role) => (
        <li key={role.id}>
          <Link to={`/Role/${role.id}/show`}>{role.title}</Link> ({enumLabel('RoleStatus', role.status).toLowerCase()})
        </li>
      ))}
    </Box>
  </Alert>
);

/** Sizes and budget: changing them builds both teams again. */
const BoundsForm = ({
  team,
  currency,
  fetching,
  onBuild,
}: {
  team: SpecialistTeam | undefined;
  currency: string | null;
  fetching: boolean;
  onBuild: (bounds: TeamBounds) => void;
}) => {
  const [draft, setDraft] = useState<Draft>({});
  const [errors, setErrors] = useState<DraftErrors>({});
  // Untouched inputs show what the teams were built within (the API's defaults at first).
  const values: Required<Draft> = {
    minSize: draft.minSize ?? (team ? String(team.minSize) : ''),
    maxSize: draft.maxSize ?? (team ? String(team.maxSize) : ''),
    budget: draft.budget ?? (team?.budgetMinor == null ? '' : String(toMajor(team.budgetMinor, currency))),
  };
  const change = (key: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setDraft((d) => ({ ...d, [key]: e.target.value }));
    setErrors((x) => ({ ...x, [key]: undefined }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readDraft(values, currency);
    if ('errors' in read) setErrors(read.errors);
    else onBuild(read.bounds);
  };
  return (
    <Box component="form" onSubmit={submit} noValidate aria-label="Team size and budget">
      <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          label="Smallest team"
          type="number"
          size="small"
          value={values.minSize}
          onChange={change('minSize')}
          error={!!errors.minSize}
          helperText={errors.minSize ?? 'People, at least'}
          slotProps={{ htmlInput: { min: SIZE_LIMITS.min, max: SIZE_LIMITS.max, step: 1 } }}
        />
        <TextField
          label="Largest team"
          type="number"
          size="small"
          value={values.maxSize}
          onChange={change('maxSize')}
          error={!!errors.maxSize}
          helperText={errors.maxSize ?? 'People, at most'}
          slotProps={{ htmlInput: { min: SIZE_LIMITS.min, max: SIZE_LIMITS.max, step: 1 } }}
        />
        <TextField
          label={`Budget${currency ? ` (${currency})` : ''}`}
          type="number"
          size="small"
          value={values.budget}
          onChange={change('budget')}
          error={!!errors.budget}
          helperText={errors.budget ?? "The members' total cost, at most; empty: none"}
          slotProps={{ htmlInput: { min: 0, step: 'any' } }}
        />
        <ProgressButton busy={fetching} type="submit" variant="outlined" sx={{ mt: { sm: 0.25 }, flexShrink: 0, whiteSpace: 'nowrap' }}>
          Build again
        </ProgressButton>
      </Stack>
    </Box>
  );
};

/**
 * The team builder for an accepted specialist-team option: the exact team and the greedy team
 * side by side, a coverage matrix of the one shown (skills × members), why each member is in it
 * and who would replace them; who may manage matches accepts the shown team.
 */
export const TeamBuilderPage = ({ recommendationId, roleId }: { recommendationId: string; roleId?: string | null }) => {
  const [bounds, setBounds] = useState<TeamBounds>(NO_BOUNDS);
  const [shown, setShown] = useState<TeamKind>('exact');
  const [confirming, setConfirming] = useState(false);
  const [created, setCreated] = useState<CreatedRole[] | null>(null);
  const { canAccess: canAccept } = useCanAccess({ resource: 'Match', action: 'edit' });

  const { data: role } = useQuery({
    queryKey: ['teamBuilderRole', roleId],
    queryFn: async ({ signal }) => (await request(TeamBuilderRoleDocument, { id: roleId! }, { signal })).Role,
    enabled: !!roleId,
  });
  const currency = role?.currency ?? null;

  const { data, error, isPending, isFetching, refetch } = useQuery({
    queryKey: specialistTeamKey(recommendationId, bounds),
    queryFn: async ({ signal }) => (await request(SpecialistTeamDocument, { recommendationId, ...bounds }, { signal })).specialistTeam,
    placeholderData: keepPreviousData,
    retry: (count, e) => count < 2 && errorCodeOf(e) === NETWORK_ERROR,
  });

  const heading = (
    <>
      <Title title="Team builder" />
      <Stack direction="row" gap={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <GroupsIcon color="action" />
        <Typography variant="h5" component="h1">
          Team builder
        </Typography>
      </Stack>
      {role && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          For the specialist-team option that drafted “{role.title}” · <Link to={`/Engagement/${role.engagementId}/show`}>Open the engagement</Link>
        </Typography>
      )}
    </>
  );

  if (isPending) {
    return (
      <Box sx={{ mt: 2 }}>
        {heading}
        <Stack direction="row" gap={1.5} sx={{ alignItems: 'center', py: 4 }} role="status">
          <CircularProgress size={20} />
          <Typography color="text.secondary">Building the teams: greedy and exact…</Typography>
        </Stack>
      </Box>
    );
  }

  const untouched = bounds === NO_BOUNDS;
  const team = data ?? undefined;
  const shownTeam = team ? team[shown] : undefined;
  const nobody = team && team.exact.members.length === 0 && team.greedy.members.length === 0;

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      {heading}
      {role?.status === RoleStatus.CANCELLED && (
        <Alert severity="info" sx={{ mb: 2 }}>
          “{role.title}” is cancelled: a team may already have been accepted for this option. Accepting the same team again changes nothing.
        </Alert>
      )}
      {(team || !untouched) && (
        <Card variant="outlined" sx={{ mb: 2 }}>
          <CardContent>
            <BoundsForm team={team} currency={currency} fetching={isFetching} onBuild={setBounds} />
          </CardContent>
        </Card>
      )}
      {isFetching && <LinearProgress sx={{ mb: 1 }} aria-label="Building the teams again" />}
      {error ? (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            errorCodeOf(error) === NETWORK_ERROR ? (
              <Button color="inherit" size="small" onClick={() => void refetch()}>
                Try again
              </Button>
            ) : undefined
          }
        >
          {problemOf(error, 'The teams could not be built.')}
        </Alert>
      ) : !team ? (
        <Alert severity="info">No team can be built for this option.</Alert>
      ) : (
        <Stack gap={2}>
          {created && <CreatedRoles roles={created} />}
          <Typography variant="body2" color="text.secondary">
            {team.skills.length === 1 ? 'One skill' : `${team.skills.length} skills`} to cover, a team of {team.minSize === team.maxSize ? team.minSize : `${team.minSize} to ${team.maxSize}`}, from{' '}
            {team.candidatesConsidered === 1 ? 'one candidate' : `${team.candidatesConsidered} candidates`} considered.
          </Typography>
          {nobody && (
            <Alert severity="info">
              Nobody in the pool can form a team within these bounds: allow more people or a larger budget, or add candidates with these skills to the talent pool.
            </Alert>
          )}
          <TeamComparison exact={team.exact} greedy={team.greedy} currency={currency} shown={shown} />
          <Typography variant="body2" color="text.secondary" aria-label="Greedy's bound">
            {team.bound}
          </Typography>
          <Card variant="outlined">
            <CardContent>
              <Stack direction={{ xs: 'column', sm: 'row' }} gap={2} sx={{ alignItems: { sm: 'center' }, mb: 1.5 }}>
                <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
                  Coverage: {TEAM_LABELS[shown].toLowerCase()}
                </Typography>
                <ToggleButtonGroup size="small" exclusive value={shown} onChange={(_e, value: TeamKind | null) => value && setShown(value)} aria-label="Team shown">
                  <ToggleButton value="exact">{TEAM_LABELS.exact}</ToggleButton>
                  <ToggleButton value="greedy">{TEAM_LABELS.greedy}</ToggleButton>
                </ToggleButtonGroup>
                {canAccept && (
                  <Button variant="contained" disabled={!shownTeam?.members.length || isFetching} onClick={() => setConfirming(true)}>
                    Accept the {TEAM_LABELS[shown].toLowerCase()}
                  </Button>
                )}
              </Stack>
              {shownTeam && <CoverageMatrix team={shownTeam} label={TEAM_LABELS[shown].toLowerCase()} />}
              {shownTeam && shownTeam.members.length > 0 && (
                <Box sx={{ mt: 2 }}>
                  <Typography variant="overline" component="h3" color="text.secondary">
                    Why each member
                  </Typography>
                  <TeamMembers members={shownTeam.members} currency={currency} label={TEAM_LABELS[shown].toLowerCase()} />
                </Box>
              )}
            </CardContent>
          </Card>
        </Stack>
      )}
      {confirming && team && shownTeam && (
        <AcceptTeamDialog
          team={shownTeam}
          kind={shown}
          built={team}
          onClose={() => setConfirming(false)}
          onAccepted={(roles) => {
            setCreated(roles);
            setConfirming(false);
          }}
        />
      )}
    </Box>
  );
};

/** The custom route: /team-builder/:recommendationId?role=<one of the roles it drafted>. */
export const TeamBuilderRoute = () => {
  const { recommendationId } = useParams<{ recommendationId: string }>();
  const [params] = useSearchParams();
  if (!recommendationId) return null;
  return <TeamBuilderPage recommendationId={recommendationId} roleId={params.get('role')} />;
};
