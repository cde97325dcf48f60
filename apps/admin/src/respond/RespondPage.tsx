import { Alert, CircularProgress, Stack, Typography } from '@mui/material';
import { AssessmentStatus, ErrorCode, InvitationStatus, type Answer } from '@orchestra/shared';
import { useEffect, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { request } from '../providers/client';
import { errorCodeOf } from '../providers/graphql';
import { allQuestions, answerMapOf, countAnswered, firstAreaToResume, toAnswerInputs, type AnswerMap } from './answers';
import { FINAL_PROBLEMS, InvitationByTokenDocument, linkProblemOf, SubmitResponseDocument, type LinkProblem, type RespondentInvitation } from './api';
import { newIdempotencyKey } from '../common/idempotency';
import { AreaStep } from './AreaStep';
import { useAutosave } from './autosave';
import { LinkProblemPage } from './LinkProblemPage';
import { RespondShell } from './RespondShell';
import { ReviewStep } from './ReviewStep';
import { SaveStatus } from './SaveStatus';
import { ThankYouStep } from './ThankYouStep';
import { WelcomeStep } from './WelcomeStep';

/**
 * The respondent's questionnaire, opened from the e-mailed link `/#/respond/<token>` without an
 * account (a no-layout custom route). The token is the only credential; it is keyed so that a
 * different link starts from scratch.
 */
export const RespondPage = () => {
  const { token = '' } = useParams();
  return <Respondent key={token} token={token.trim()} />;
};

type Load = { kind: 'loading' } | { kind: 'problem'; problem: LinkProblem } | { kind: 'ready'; invitation: RespondentInvitation };

const Respondent = ({ token }: { token: string }) => {
  const [load, setLoad] = useState<Load>(token ? { kind: 'loading' } : { kind: 'problem', problem: 'UNKNOWN' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    request(InvitationByTokenDocument, { token }, { anonymous: true, signal: controller.signal }).then(({ invitationByToken }) => invitationByToken).then(
      (invitation) => setLoad({ kind: 'ready', invitation }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ kind: 'problem', problem: linkProblemOf(error) });
      },
    );
    return () => controller.abort();
  }, [token, attempt]);

  const retry = () => {
    setLoad({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };

  const title = load.kind === 'ready' ? load.invitation.assessmentTitle : null;
  useEffect(() => {
    document.title = title ? `${title} · Orchestra` : 'Your questionnaire · Orchestra';
  }, [title]);

  if (load.kind === 'loading') {
    return (
      <RespondShell>
        <Stack spacing={2} sx={{ alignItems: 'center', py: 8 }} role="status">
          <CircularProgress aria-hidden />
          <Typography color="text.secondary">Opening your questionnaire…</Typography>
        </Stack>
      </RespondShell>
    );
  }
  if (load.kind === 'problem') {
    return (
      <RespondShell>{load.problem === 'SUBMITTED' ? <ThankYouStep /> : <LinkProblemPage problem={load.problem} onRetry={retry} />}</RespondShell>
    );
  }
  const { invitation } = load;
  // The API refuses these links already; this is the belt to its braces.
  if (invitation.status === InvitationStatus.EXPIRED) return <RespondShell clientName={invitation.clientName}><LinkProblemPage problem="EXPIRED" /></RespondShell>;
  if (invitation.status !== InvitationStatus.SUBMITTED && invitation.assessmentStatus !== AssessmentStatus.OPEN) {
    return <RespondShell clientName={invitation.clientName}><LinkProblemPage problem="CLOSED" /></RespondShell>;
  }
  return <Questionnaire token={token} invitation={invitation} />;
};

/** Where the respondent is; kept in the URL (`?step=2`) so the browser's Back and a reload behave. */
type Step = { kind: 'welcome' } | { kind: 'area'; index: number } | { kind: 'review' };

function stepOf(raw: string | null, areaCount: number): Step {
  if (raw === 'review') return { kind: 'review' };
  const n = Number(raw);
  if (raw && Number.isInteger(n) && n >= 1 && n <= areaCount) return { kind: 'area', index: n - 1 };
  return { kind: 'welcome' };
}

const Questionnaire = ({ token, invitation }: { token: string; invitation: RespondentInvitation }) => {
  const { areas } = invitation;
  const questions = allQuestions(areas);
  const [answers, setAnswers] = useState<AnswerMap>(() => answerMapOf(invitation.answers));
  const [submission, setSubmission] = useState(invitation.status === InvitationStatus.SUBMITTED ? { submittedAt: invitation.submittedAt } : null);
  /** Set when a save or the submit finds the link dead (or already submitted elsewhere). */
  const [ended, setEnded] = useState<LinkProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  /** After submission the areas can be read back; which one, if any. */
  const [viewing, setViewing] = useState<number | null>(null);
  // One key per page load: a submit retried after a lost reply replays the first one.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [params, setParams] = useSearchParams();
  const step = stepOf(params.get('step'), areas.length);
  const { state: saveState, saver } = useAutosave(token, invitation.savedAt, (problem) => setEnded(problem));

  const go = (next: Step) => setParams(next.kind === 'welcome' ? {} : { step: next.kind === 'review' ? 'review' : String(next.index + 1) });

  // Leaving an area saves at once, however it was left (buttons, review links, the browser's Back).
  const stepKey = step.kind === 'area' ? step.index : step.kind;
  useEffect(() => saver.flush(), [saver, stepKey]);

  const change = (answer: Answer) => {
    const next = { ...answers, [answer.questionId]: answer };
    setAnswers(next);
    saver.change(toAnswerInputs(questions, next));
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      const receipt = (await request(SubmitResponseDocument, { token, answers: toAnswerInputs(questions, answers), idempotencyKey }, { anonymous: true })).submitResponse;
      saver.stop();
      setSubmission({ submittedAt: receipt.submittedAt });
    } catch (error) {
      const problem = linkProblemOf(error);
      if (FINAL_PROBLEMS.includes(problem)) {
        saver.stop();
        setEnded(problem);
      } else setSubmitError(submitProblemText(problem, error));
    } finally {
      setSubmitting(false);
    }
  };

  const total = questions.length;
  const answered = countAnswered(questions, answers);
  const shell = (content: ReactNode, withStatus = false) => (
    <RespondShell clientName={invitation.clientName} status={withStatus ? <SaveStatus state={saveState} onRetry={() => saver.flush()} /> : undefined}>
      {content}
    </RespondShell>
  );
  const areaStep = (index: number, readOnly: boolean) => (
    <AreaStep
      area={areas[index]!}
      areaIndex={index}
      areaCount={areas.length}
      questionOffset={areas.slice(0, index).reduce((n, a) => n + a.questions.length, 0)}
      answered={answered}
      total={total}
      answers={answers}
      onChange={change}
      readOnly={readOnly}
      onBack={() => (readOnly ? setViewing(index === 0 ? null : index - 1) : go(index === 0 ? { kind: 'welcome' } : { kind: 'area', index: index - 1 }))}
      onNext={() => {
        const last = index === areas.length - 1;
        if (readOnly) setViewing(last ? null : index + 1);
        else go(last ? { kind: 'review' } : { kind: 'area', index: index + 1 });
      }}
    />
  );

  if (ended && ended !== 'SUBMITTED') return shell(<LinkProblemPage problem={ended} />);
  if (submission || ended === 'SUBMITTED') {
    // A submitted response is read-only: the areas can be read back, nothing more.
    if (viewing !== null) return shell(areaStep(viewing, true));
    return shell(
      <ThankYouStep
        respondentName={invitation.respondentName}
        clientName={invitation.clientName}
        assessmentTitle={invitation.assessmentTitle}
        submittedAt={submission?.submittedAt}
        onViewAnswers={areas.length ? () => setViewing(0) : undefined}
      />,
    );
  }

  if (step.kind === 'welcome') {
    const resume = firstAreaToResume(areas, answers);
    return shell(
      <WelcomeStep
        invitation={invitation}
        answered={answered}
        onStart={() => go(resume === null ? { kind: 'review' } : { kind: 'area', index: resume })}
        onStartOver={() => go(areas.length ? { kind: 'area', index: 0 } : { kind: 'review' })}
      />,
    );
  }

  const rejected = saveState.kind === 'rejected' && (
    <Alert severity="error" sx={{ mb: 3 }}>
      Your latest answers could not be saved: {saveState.message}
    </Alert>
  );

  if (step.kind === 'area') {
    return shell(
      <>
        {rejected}
        {areaStep(step.index, false)}
      </>,
      true,
    );
  }

  return shell(
    <>
      {rejected}
      <ReviewStep
        areas={areas}
        answers={answers}
        answered={answered}
        total={total}
        onJump={(index) => go({ kind: 'area', index })}
        onBack={() => go(areas.length ? { kind: 'area', index: areas.length - 1 } : { kind: 'welcome' })}
        onSubmit={() => void submit()}
        submitting={submitting}
        submitError={submitError}
      />
    </>,
    true,
  );
};

/** A submit that failed for a passing reason: the answers are still on the page, so say how to carry on. */
function submitProblemText(problem: LinkProblem, error: unknown): string {
  if (problem === 'NETWORK') return 'We couldn’t reach Orchestra. Your answers are still here: check your connection and try again.';
  if (problem === 'RATE_LIMITED') return 'Too many requests in a short time. Please wait a moment, then try again.';
  // The API's message names the answer it refused; nothing the respondent can act on otherwise.
  if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT && error instanceof Error) return `Some answers could not be accepted. ${error.message}`;
  return 'Something went wrong on our side. Your answers are still here: please try again in a moment.';
}
