import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Button,
  Chip,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { RecommendationOption, RecommendationState, enumLabel } from '@orchestra/shared';
import { useState } from 'react';
import { Link } from 'react-admin';
import { teamBuilderPath } from '../team-builder/paths';
import type { GapEvidence, Recommendation, ReportGap } from './api';
import { DecisionDialog, overridable, type DecisionRequest } from './DecisionDialog';
import { formatDateTime, level, pointsOf, severityBand, STATE_COLOURS } from './format';
import { plural } from '../common/plural';

const NONE: ReadonlySet<string> = new Set();

/**
 * The answers behind a gap, grouped by question: each answer, its value and any quote — with the
 * seat for staff (marked when the seat is small enough to identify someone), never for the client.
 */
const Evidence = ({ evidence, identifiable }: { evidence: GapEvidence[]; identifiable: ReadonlySet<string> }) => {
  if (!evidence.length) return <Typography color="text.secondary">No answers are recorded behind this gap.</Typography>;
  const byQuestion = new Map<string, GapEvidence[]>();
  for (const e of evidence) byQuestion.set(e.questionId, [...(byQuestion.get(e.questionId) ?? []), e]);
  return (
    <Stack gap={2}>
      {[...byQuestion.values()].map((answers) => (
        <Box key={answers[0]!.questionId}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {answers[0]!.prompt}
          </Typography>
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {answers.map((a, i) => (
              <Box component="li" key={i} sx={{ mb: 0.5 }}>
                {a.respondentRole && (
                  <Typography variant="body2" component="span" color="text.secondary">
                    {enumLabel('RespondentRole', a.respondentRole)}
                    {identifiable.has(a.respondentRole) && (
                      <Typography component="span" variant="caption" sx={{ color: 'warning.dark', fontWeight: 600 }}>
                        {' '}
                        (identifiable: never published)
                      </Typography>
                    )}
                    :{' '}
                  </Typography>
                )}
                <Typography variant="body2" component="span">
                  {a.answer}
                  {a.value != null && ` (${level(a.value)})`}
                </Typography>
                {a.quote && (
                  <Typography component="blockquote" variant="body2" sx={{ fontStyle: 'italic', m: 0, mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'divider', color: 'text.secondary' }}>
                    “{a.quote}”
                  </Typography>
                )}
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </Stack>
  );
};

/** One ranked option: its score as a bar, the reasons behind it as sentences, its state and, while proposed, the decision buttons. */
const OptionRow = ({ recommendation: r, onDecide }: { recommendation: Recommendation; onDecide?: (kind: 'accept' | 'reject') => void }) => {
  const label = enumLabel('RecommendationOption', r.option);
  return (
    <Box className="report-option" sx={{ py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Stack direction="row" gap={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h4" sx={{ minWidth: 0 }}>
          {r.rank}. {label}
        </Typography>
        <Chip size="small" label={enumLabel('RecommendationState', r.state) ?? r.state} color={STATE_COLOURS[r.state] ?? 'default'} variant={r.state === RecommendationState.PROPOSED ? 'outlined' : 'filled'} />
        <Box sx={{ flex: 1 }} />
        {onDecide && r.state === RecommendationState.PROPOSED && (
          <Stack direction="row" gap={1} data-print="hide">
            <Button size="small" variant={r.rank === 1 ? 'contained' : 'outlined'} onClick={() => onDecide('accept')} aria-label={`Accept ${label}`}>
              Accept
            </Button>
            <Button size="small" color="error" onClick={() => onDecide('reject')} aria-label={`Reject ${label}`}>
              Reject
            </Button>
          </Stack>
        )}
      </Stack>
      <Stack direction="row" gap={1.5} sx={{ alignItems: 'center', mt: 0.75, maxWidth: 420 }}>
        <LinearProgress
          variant="determinate"
          value={r.score}
          // The first option in the theme's colour, the others in grey: the bar length carries the score.
          sx={{ flex: 1, height: 8, borderRadius: 1, ...(r.rank === 1 ? {} : { bgcolor: 'action.hover', '& .MuiLinearProgress-bar': { bgcolor: 'text.secondary' } }) }}
          aria-label={`${label}: score ${r.score} of 100`}
        />
        <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 56 }}>
          {r.score} / 100
        </Typography>
      </Stack>
      <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }} aria-label={`Why ${label}`}>
        {r.reasons.map((reason, i) => {
          const points = pointsOf(reason);
          return (
            <Typography component="li" variant="body2" key={`${reason.code}-${i}`} sx={{ mb: 0.25 }}>
              {reason.sentence}
              {points != null && points !== 0 && (
                <Typography component="span" variant="caption" color={points > 0 ? 'success.main' : 'error.main'} sx={{ ml: 0.75, fontWeight: 600 }}>
                  {points > 0 ? `+${points}` : points}
                </Typography>
              )}
            </Typography>
          );
        })}
      </Box>
      {r.state !== RecommendationState.PROPOSED && (r.decisionNote || r.decidedAt) && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75 }}>
          {r.decidedAt && `Decided ${formatDateTime(r.decidedAt)}`}
          {/* The internal reason reaches staff only: the API answers null to client users. */}
          {r.decisionNote && `${r.decidedAt ? ' · ' : ''}internal: ${r.decisionNote}`}
        </Typography>
      )}
      {r.state !== RecommendationState.PROPOSED && r.noteToClient && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
            Note to the client:
          </Typography>{' '}
          {r.noteToClient}
        </Typography>
      )}
      {!!r.draftedRoles?.length && (
        <Typography variant="body2" sx={{ mt: 0.5 }} data-print="hide">
          Drafted:{' '}
          {r.draftedRoles.map((role, i) => (
            <span key={role.id}>
              {i > 0 && '; '}
              <Link to={`/Role/${role.id}/show`}>{role.title}</Link> ({enumLabel('RoleStatus', role.status).toLowerCase()})
            </span>
          ))}
        </Typography>
      )}
      {r.option === RecommendationOption.SPECIALIST_TEAM && r.state !== RecommendationState.PROPOSED && r.state !== RecommendationState.REJECTED && !!r.draftedRoles?.length && (
        <Typography variant="body2" sx={{ mt: 0.5 }} data-print="hide">
          <Link to={teamBuilderPath(r.id, r.draftedRoles[0]!.id)}>Build the team</Link>: greedy and exact teams from the talent pool, side by side.
        </Typography>
      )}
    </Box>
  );
};

/** The option chosen for the gap so far (accepted or chosen over the ranking), if any. */
const chosenOf = (gap: ReportGap) => gap.recommendations.find((r) => r.state === RecommendationState.ACCEPTED || r.state === RecommendationState.OVERRIDDEN);

const GapItem = ({
  gap,
  canDecide,
  onDecide,
  identifiable,
}: {
  gap: ReportGap;
  canDecide: boolean;
  onDecide: (request: DecisionRequest) => void;
  identifiable: ReadonlySet<string>;
}) => {
  const severity = severityBand(gap.severity);
  const chosen = chosenOf(gap);
  const headingId = `gap-${gap.id}-heading`;
  const ranked = [...gap.recommendations].sort((a, b) => a.rank - b.rank);
  return (
    <Accordion className="report-gap" disableGutters variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`gap-${gap.id}-content`} id={headingId}>
        <Stack direction={{ xs: 'column', sm: 'row' }} gap={{ xs: 0.5, sm: 2 }} sx={{ width: '100%', alignItems: { sm: 'center' }, pr: 1 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography sx={{ fontWeight: 600 }}>{gap.capability.name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {enumLabel('CapabilityNature', gap.capability.nature) ?? gap.capability.nature} · {level(gap.current)} → {gap.target} · gap {gap.size.toFixed(1)}
              {chosen && ` · ${enumLabel('RecommendationOption', chosen.option)} chosen`}
            </Typography>
          </Box>
          <Stack direction="row" gap={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
            {gap.status !== 'OPEN' && <Chip size="small" variant="outlined" label={enumLabel('GapStatus', gap.status) ?? gap.status} />}
            <Chip size="small" color={severity.colour} label={`${severity.label} · ${gap.severity.toFixed(2)}`} aria-label={`Severity ${gap.severity.toFixed(2)} (${severity.label.toLowerCase()})`} />
          </Stack>
        </Stack>
      </AccordionSummary>
      <AccordionDetails id={`gap-${gap.id}-content`}>
        <Stack gap={3} direction={{ xs: 'column', md: 'row' }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="overline" component="h4" color="text.secondary">
              Evidence · {plural(gap.evidence.length, 'answer')}
            </Typography>
            <Evidence evidence={gap.evidence} identifiable={identifiable} />
          </Box>
          <Box sx={{ flex: 1.2, minWidth: 0 }}>
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="overline" component="h4" color="text.secondary">
                Options, best first
              </Typography>
              {canDecide && overridable(gap).length > 0 && (
                <Button size="small" data-print="hide" onClick={() => onDecide({ kind: 'override', gap })}>
                  Choose another option
                </Button>
              )}
            </Stack>
            {ranked.map((r) => (
              <OptionRow key={r.id} recommendation={r} onDecide={canDecide ? (kind) => onDecide({ kind, gap, recommendation: r }) : undefined} />
            ))}
            {ranked[0] && (
              <Typography variant="caption" color="text.secondary">
                Rule set {ranked[0].rulesetVersion}
              </Typography>
            )}
          </Box>
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
};

/** The gaps, worst first, each opening onto its evidence and ranked options; staff who may edit decide here. */
export const GapList = ({
  gaps,
  assessmentId,
  canDecide,
  identifiable = NONE,
}: {
  gaps: ReportGap[];
  assessmentId: string;
  canDecide: boolean;
  /** Seats too small to show the client (staff reports mark their answers). */
  identifiable?: ReadonlySet<string>;
}) => {
  const [request, setRequest] = useState<DecisionRequest | null>(null);
  const sorted = [...gaps].sort((a, b) => b.severity - a.severity);
  if (!sorted.length) {
    return <Typography color="text.secondary">No gaps: every scored capability meets its target.</Typography>;
  }
  return (
    <>
      <Box>
        {sorted.map((gap) => (
          <GapItem key={gap.id} gap={gap} canDecide={canDecide} onDecide={setRequest} identifiable={identifiable} />
        ))}
      </Box>
      {request && (
        <DecisionDialog
          key={`${request.kind}-${request.gap.id}-${request.kind === 'override' ? '' : request.recommendation.id}`}
          request={request}
          assessmentId={assessmentId}
          onClose={() => setRequest(null)}
        />
      )}
    </>
  );
};
