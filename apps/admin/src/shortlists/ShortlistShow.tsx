import { Alert, Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { enumLabel, MatchStage, ShortlistAnswer } from '@orchestra/shared';
import { useState } from 'react';
import { useCanAccess, useRecordContext } from 'react-admin';
import { formatDate } from '../common/DateField';
import { Fact } from '../common/Fact';
import { formatScore } from '../common/matching/matchFormat';
import { RecordShow } from '../common/RecordPage';
import { Section } from '../common/Section';
import { EmptyText } from '../layout/EmptyText';
import { AnswerDialog } from './AnswerDialog';
import { answerText } from './answerText';
import type { ShortlistProfileRecord } from './api';

const ProfileTitle = () => {
  const p = useRecordContext<ShortlistProfileRecord>();
  return <>{p ? `${p.alias} for ${p.roleTitle}` : 'Shortlisted candidate'}</>;
};

const Header = () => {
  const p = useRecordContext<ShortlistProfileRecord>();
  if (!p) return null;
  return (
    <Stack gap={1} sx={{ px: 2, pt: 2 }}>
      <Typography variant="h5" component="h1">
        {p.alias}
      </Typography>
      {/* A div, not the default <p>: the stage chip is a div, which a paragraph may not hold. */}
      <Typography color="text.secondary" component="div">
        Proposed for {p.roleTitle} ({enumLabel('Seniority', p.roleSeniority).toLowerCase()}) on {formatDate(p.submittedAt)} · <Chip size="small" label={enumLabel('MatchStage', p.stage)} />
      </Typography>
      <Stack component="dl" direction="row" gap={3} sx={{ flexWrap: 'wrap', m: 0, mt: 1 }}>
        <Fact label="Seniority">{enumLabel('Seniority', p.seniority)}</Fact>
        <Fact label="Available from">{formatDate(p.availableFrom)}</Fact>
        <Fact label="Availability">{p.allocation}% of a full week</Fact>
        <Fact label="Rate" minWidth={220}>
          {p.rateAgainstBudget}
        </Fact>
        <Fact label="Match score">{formatScore(p.score)} of 100</Fact>
      </Stack>
    </Stack>
  );
};

const Skills = () => {
  const p = useRecordContext<ShortlistProfileRecord>();
  if (!p) return null;
  if (!p.skills.length) return <EmptyText>No skills recorded.</EmptyText>;
  return (
    <Table size="small" aria-label="Skills">
      <TableHead>
        <TableRow>
          <TableCell>Skill</TableCell>
          <TableCell align="right">Level (1–5)</TableCell>
          <TableCell>The role needs</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {p.skills.map((s) => (
          <TableRow key={s.skill}>
            <TableCell>{s.skill}</TableCell>
            <TableCell align="right">{s.level}</TableCell>
            <TableCell>{s.minLevel == null ? '—' : `${s.minLevel} or more${s.mustHave ? ' (must have)' : ''}`}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Why = () => {
  const p = useRecordContext<ShortlistProfileRecord>();
  if (!p) return null;
  return (
    <Box component="dl" sx={{ m: 0 }}>
      {p.factors.map((f) => (
        <Box key={f.factor} sx={{ mb: 1 }}>
          <Typography component="dt" variant="subtitle2">
            {f.label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {f.detail}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

/** The answer given, and the three answers while the profile is still submitted. */
const Answer = () => {
  const p = useRecordContext<ShortlistProfileRecord>();
  const { canAccess: canAnswer = false } = useCanAccess({ resource: 'ShortlistProfile', action: 'edit' });
  const [answering, setAnswering] = useState<ShortlistAnswer | null>(null);
  if (!p) return null;
  const open = p.stage === MatchStage.SUBMITTED;
  return (
    <Stack gap={1.5} sx={{ alignItems: 'flex-start' }}>
      {p.answer ? (
        <Alert severity={p.answer === ShortlistAnswer.NO ? 'info' : 'success'}>
          {answerText(p)}
          {p.answeredAt ? ` (answered ${formatDate(p.answeredAt, true)})` : ''}
        </Alert>
      ) : (
        <Typography color="text.secondary">Not answered yet.</Typography>
      )}
      {canAnswer && open && (
        <Stack direction="row" gap={1} sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={() => setAnswering(ShortlistAnswer.INTERESTED)}>
            Request an interview
          </Button>
          {p.answer !== ShortlistAnswer.NOT_NOW && (
            <Button variant="outlined" onClick={() => setAnswering(ShortlistAnswer.NOT_NOW)}>
              Not now
            </Button>
          )}
          <Button variant="outlined" color="error" onClick={() => setAnswering(ShortlistAnswer.NO)}>
            No
          </Button>
        </Stack>
      )}
      {answering && <AnswerDialog key={answering} id={p.id} alias={p.alias} answer={answering} onClose={() => setAnswering(null)} />}
    </Stack>
  );
};

/** "Your answer" to those who answer (the client's users); staff read "The client's answer". */
const AnswerSection = () => {
  const { canAccess: canAnswer = false } = useCanAccess({ resource: 'ShortlistProfile', action: 'edit' });
  return (
    <Section title={canAnswer ? 'Your answer' : 'The client’s answer'}>
      <Answer />
    </Section>
  );
};

/**
 * A submitted candidate as the client reads it: no name, contact details, employer or CV (the API
 * has no field for them), the recruiter's summary, skills against the role, why they fit, and the
 * answer.
 */
export const ShortlistShow = () => (
  <RecordShow title={<ProfileTitle />}>
    <Header />
    <AnswerSection />
    <Section title="From the recruiter">
      <SummaryText />
    </Section>
    <Section title="Skills">
      <Skills />
    </Section>
    <Section title="Why this candidate">
      <Why />
    </Section>
  </RecordShow>
);

const SummaryText = () => {
  const p = useRecordContext<ShortlistProfileRecord>();
  if (!p) return null;
  return p.summary ? <Typography sx={{ whiteSpace: 'pre-wrap' }}>{p.summary}</Typography> : <EmptyText>No summary written.</EmptyText>;
};
