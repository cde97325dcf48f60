import { Box, Chip, Stack, Typography } from '@mui/material';
import { EditButton, EmailField, TabbedShowLayout, TopToolbar, UrlField, useCanAccess, useRecordContext } from 'react-admin';
import { enumLabel } from '@orchestra/shared';
import { Fact } from '../common/Fact';
import { formatMoney } from '../common/matching/money';
import { formatDate } from '../reports/format';
import { AvailabilityTimeline, useCandidatePlacements } from './AvailabilityTimeline';
import { CandidateMatches } from './CandidateMatches';
import { CandidateNotes } from './CandidateNotes';
import { CandidatePlacements } from './CandidatePlacements';
import { type CandidateRecord } from './candidateFields';
import { ConsentState } from './ConsentState';
import { PossibleDuplicates } from './PossibleDuplicates';
import { EraseCandidateButton } from './EraseCandidateButton';
import { ExportDataButton } from './ExportDataButton';
import { SkillLevels } from './SkillLevels';
import { RecordShow } from '../common/RecordPage';
import { AuditHistory, useCanReadHistory } from '../audit/AuditHistory';

const CandidateTitle = () => {
  const candidate = useRecordContext<CandidateRecord>();
  return <>{candidate ? `Candidate ${candidate.name}` : 'Candidate'}</>;
};

const CandidateActions = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'Candidate', action: 'edit' });
  return (
    <TopToolbar>
      {canEdit && <EditButton />}
      <ExportDataButton />
      <EraseCandidateButton />
    </TopToolbar>
  );
};

const Profile = () => {
  const c = useRecordContext<CandidateRecord>();
  if (!c) return null;
  return (
    <Stack gap={2}>
      <Box>
        <Typography variant="h6" component="h2">
          {c.name}
        </Typography>
        <Stack direction="row" gap={1} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
          <Chip size="small" label={enumLabel('CandidateKind', c.kind)} />
          <Chip size="small" variant="outlined" label={enumLabel('Seniority', c.seniority)} />
          {c.tags?.map((t) => <Chip key={t} size="small" variant="outlined" label={t} />)}
        </Stack>
      </Box>
      <Box component="dl" sx={{ m: 0, display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        <Fact minWidth={160} label="E-mail">
          <EmailField source="email" />
        </Fact>
        <Fact minWidth={160} label="Phone">{c.phone ?? '—'}</Fact>
        <Fact minWidth={160} label="Profile">{c.profileUrl ? <UrlField source="profileUrl" target="_blank" rel="noopener" /> : '—'}</Fact>
        <Fact minWidth={160} label="Location">{c.location ?? '—'}</Fact>
        <Fact minWidth={160} label="Time zone">{c.timeZone}</Fact>
        <Fact minWidth={160} label="Day rate">{formatMoney(c.dayRateMinor, c.currency)}</Fact>
        <Fact minWidth={160} label="Salary expectation">{formatMoney(c.salaryMinor, c.currency)}</Fact>
        <Fact minWidth={160} label="Last contact">{formatDate(c.lastContactAt)}</Fact>
      </Box>
      <Typography variant="subtitle2" component="h3">
        Consent
      </Typography>
      <ConsentState />
      <Typography variant="subtitle2" component="h3">
        Skills
      </Typography>
      <SkillLevels />
      {c.cvText && (
        <>
          <Typography variant="subtitle2" component="h3">
            CV
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto' }}>
            {c.cvText}
          </Typography>
        </>
      )}
    </Stack>
  );
};

const Availability = () => {
  const candidate = useRecordContext<CandidateRecord>();
  const { placements } = useCandidatePlacements(candidate?.id);
  return (
    <Stack gap={2}>
      <AvailabilityTimeline placements={placements} />
      <Typography variant="subtitle2" component="h3">
        Placements
      </Typography>
      <CandidatePlacements placements={placements} />
    </Stack>
  );
};

/**
 * The candidate page: duplicate warnings first, then profile (consent, skills), availability
 * with placements, matches and notes. Export and erase answer data-rights requests.
 */
export const CandidateShow = () => {
  const canReadHistory = useCanReadHistory();
  const { canAccess: canReadMatches } = useCanAccess({ resource: 'Match', action: 'list' });
  return (
    <RecordShow title={<CandidateTitle />} actions={<CandidateActions />}>
      <Box sx={{ px: 2, pt: 2 }}>
        <PossibleDuplicates />
      </Box>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Profile">
          <Profile />
        </TabbedShowLayout.Tab>
        {canReadMatches && (
          <TabbedShowLayout.Tab label="Availability" path="availability">
            <Availability />
          </TabbedShowLayout.Tab>
        )}
        {canReadMatches && (
          <TabbedShowLayout.Tab label="Matches" path="matches">
            <CandidateMatches />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="Notes" path="notes">
          <CandidateNotes />
        </TabbedShowLayout.Tab>
        {canReadHistory && (
          <TabbedShowLayout.Tab label="History" path="history">
            <AuditHistory targetType="Candidate" />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </RecordShow>
  );
};
