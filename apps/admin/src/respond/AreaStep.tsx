import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import type { Answer } from '@orchestra/shared';
import { useEffect, useRef } from 'react';
import { isQuestionAnswered, type AnswerMap } from './answers';
import type { RespondentArea } from './api';
import { QuestionField } from './QuestionField';

/** Answered / total and where the respondent is, as text and as a bar. */
export const ProgressHeader = ({ answered, total, areaNumber, areaCount }: { answered: number; total: number; areaNumber?: number; areaCount: number }) => (
  <Box>
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, mb: 1, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary">
        {areaNumber ? `Area ${areaNumber} of ${areaCount}` : `All ${areaCount} areas`}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {answered} of {total} answered
      </Typography>
    </Box>
    <LinearProgress
      variant="determinate"
      value={total ? (answered / total) * 100 : 0}
      aria-label="Questions answered"
      aria-valuetext={`${answered} of ${total} questions answered`}
      sx={{ height: 8, borderRadius: 4 }}
    />
  </Box>
);

export interface AreaStepProps {
  area: RespondentArea;
  areaIndex: number;
  areaCount: number;
  /** Questions before this area, to number them across the questionnaire. */
  questionOffset: number;
  answered: number;
  total: number;
  answers: AnswerMap;
  onChange: (answer: Answer) => void;
  onBack: () => void;
  onNext: () => void;
  readOnly?: boolean;
}

/** One area: its name and description, then its questions, then Back / Next. */
export const AreaStep = ({ area, areaIndex, areaCount, questionOffset, answered, total, answers, onChange, onBack, onNext, readOnly }: AreaStepProps) => {
  const heading = useRef<HTMLHeadingElement>(null);
  const isLast = areaIndex === areaCount - 1;

  // A new area is a new page: start at its top, and tell screen readers where they are.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [area.id]);

  const capabilityById = new Map(area.capabilities.map((c) => [c.id, c]));
  const nextLabel = readOnly ? (isLast ? 'Done' : 'Next area') : isLast ? 'Review answers' : 'Next area';

  return (
    <Stack spacing={3}>
      <ProgressHeader answered={answered} total={total} areaNumber={areaIndex + 1} areaCount={areaCount} />
      <Box>
        <Typography ref={heading} tabIndex={-1} variant="h4" component="h1" sx={{ fontSize: { xs: '1.6rem', sm: '2rem' }, outline: 'none', overflowWrap: 'anywhere' }}>
          {area.name}
        </Typography>
        {area.description && (
          <Typography variant="body1" color="text.secondary" sx={{ mt: 1 }}>
            {area.description}
          </Typography>
        )}
        {readOnly && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Your answers were submitted and can no longer be changed.
          </Typography>
        )}
      </Box>
      {area.questions.map((question, i) => (
        <QuestionField
          key={question.id}
          question={question}
          capability={capabilityById.get(question.capabilityId)}
          number={questionOffset + i + 1}
          total={total}
          answer={answers[question.id]}
          answered={isQuestionAnswered(question, answers)}
          onChange={onChange}
          readOnly={readOnly}
        />
      ))}
      <Box component="nav" aria-label="Areas" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, pt: 1 }}>
        <Button variant="outlined" size="large" startIcon={<ArrowBackIcon />} onClick={onBack} sx={{ minHeight: 48 }}>
          Back
        </Button>
        <Button variant="contained" size="large" endIcon={<ArrowForwardIcon />} onClick={onNext} sx={{ minHeight: 48 }}>
          {nextLabel}
        </Button>
      </Box>
    </Stack>
  );
};
