import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import {
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
  type SxProps,
  type Theme,
} from '@mui/material';
import { LEVEL_NAMES, MAX_ANSWER_TEXT, QuestionType, type Answer, type QuestionOption } from '@orchestra/shared';
import type { ReactNode } from 'react';
import { choiceAnswer, dontKnowAnswer, scaleAnswer, textAnswer, textDontKnow, toggleChoice } from './answers';
import type { RespondentCapability, RespondentQuestion } from './api';
import { LevelGuide } from './LevelGuide';

/** The radio value of "Don't know": no option key looks like it. */
const DONT_KNOW = '__dont-know__';
const DONT_KNOW_LABEL = "Don't know";

export interface QuestionFieldProps {
  question: RespondentQuestion;
  /** Its capability, for the level descriptors beside a SCALE question. */
  capability?: RespondentCapability;
  /** 1-based position in the whole questionnaire. */
  number: number;
  total: number;
  answer: Answer | undefined;
  answered: boolean;
  onChange: (answer: Answer) => void;
  /** After submission: shown, not editable. */
  readOnly?: boolean;
}

/**
 * One question, labelled by its prompt (the fieldset's legend, or the text field's label) and
 * described by its help text. Options are full-width rows: easy to hit with a thumb (≥ 48 px).
 */
export const QuestionField = (props: QuestionFieldProps) => {
  const { question, capability, number, total, answered } = props;
  const ids = idsOf(question.id);
  return (
    <Paper variant="outlined" component="section" aria-labelledby={ids.prompt} sx={{ p: { xs: 2, sm: 3 }, borderRadius: 2 }}>
      <Stack spacing={2}>
        <Typography variant="caption" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          Question {number} of {total}
          {answered && (
            <>
              <CheckCircleIcon aria-hidden sx={{ fontSize: 16, color: 'success.main', ml: 0.5 }} />
              <span>Answered</span>
            </>
          )}
        </Typography>
        <QuestionInput {...props} />
        {question.type === QuestionType.SCALE && capability && capability.levels.length > 0 && <LevelGuide capability={capability} id={ids.levels} />}
      </Stack>
    </Paper>
  );
};

function idsOf(questionId: string) {
  const base = `q-${questionId}`;
  return { prompt: `${base}-prompt`, help: `${base}-help`, input: `${base}-input`, levels: `${base}-levels` };
}

const QuestionInput = (props: QuestionFieldProps) => {
  switch (props.question.type) {
    case QuestionType.SCALE:
      return <ScaleInput {...props} />;
    case QuestionType.CHOICE:
      return <ChoiceInput {...props} />;
    case QuestionType.MULTI:
      return <MultiInput {...props} />;
    case QuestionType.TEXT:
      return <TextInput {...props} />;
  }
};

/** The prompt as the fieldset's legend, then the help text; the caller's group refers to both. */
const Group = ({ question, children }: { question: RespondentQuestion; children: ReactNode }) => {
  const ids = idsOf(question.id);
  return (
    <FormControl component="fieldset" sx={{ minWidth: 0, width: '100%' }}>
      <FormLabel component="legend" id={ids.prompt} sx={promptSx}>
        {question.prompt}
      </FormLabel>
      {question.helpText && <HelpText id={ids.help}>{question.helpText}</HelpText>}
      {children}
    </FormControl>
  );
};

const promptSx: SxProps<Theme> = {
  color: 'text.primary',
  fontWeight: 600,
  fontSize: '1.0625rem',
  lineHeight: 1.45,
  overflowWrap: 'anywhere',
  '&.Mui-focused': { color: 'text.primary' },
};

const HelpText = ({ id, children }: { id: string; children: ReactNode }) => (
  <Typography id={id} variant="body2" color="text.secondary" sx={{ mt: 0.75, overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);

const optionSx = (selected: boolean, extra?: boolean): SxProps<Theme> => ({
  m: 0,
  width: '100%',
  minHeight: 48,
  pr: 1.5,
  alignItems: 'center',
  border: 1,
  borderColor: selected ? 'primary.main' : 'divider',
  borderStyle: extra ? 'dashed' : 'solid',
  borderRadius: 1.5,
  bgcolor: selected ? 'action.selected' : 'transparent',
  transition: 'border-color 120ms, background-color 120ms',
  '& .MuiFormControlLabel-label': { py: 1, overflowWrap: 'anywhere' },
  '& .MuiFormControlLabel-label.Mui-disabled': { color: 'text.primary' },
});

interface RadioOption {
  value: string;
  label: ReactNode;
  extra?: boolean;
}

/** A single-choice question: SCALE (values 1–5) or CHOICE (option keys), with "Don't know" last where allowed. */
const RadioQuestion = ({ question, value, options, onPick, readOnly }: { question: RespondentQuestion; value: string; options: RadioOption[]; onPick: (value: string) => void; readOnly?: boolean }) => {
  const ids = idsOf(question.id);
  return (
    <Group question={question}>
      <RadioGroup
        name={ids.input}
        value={value}
        onChange={(_event, picked) => onPick(picked)}
        aria-labelledby={ids.prompt}
        aria-describedby={question.helpText ? ids.help : undefined}
        sx={{ gap: 1, mt: 1.5 }}
      >
        {options.map((option) => (
          <FormControlLabel key={option.value} value={option.value} control={<Radio />} label={option.label} disabled={readOnly} sx={optionSx(value === option.value, option.extra)} />
        ))}
      </RadioGroup>
    </Group>
  );
};

const dontKnowOption = (question: RespondentQuestion): RadioOption[] => (question.allowsDontKnow ? [{ value: DONT_KNOW, label: DONT_KNOW_LABEL, extra: true }] : []);

/** The anchors from least to most mature; the five level names when a question has none. */
function scaleAnchors(options: QuestionOption[]): QuestionOption[] {
  if (options.length) return [...options].sort((a, b) => a.score - b.score);
  return LEVEL_NAMES.map((label, i) => ({ key: String(i + 1), label, score: i + 1 }));
}

const ScaleInput = ({ question, answer, onChange, readOnly }: QuestionFieldProps) => {
  const value = answer?.dontKnow ? DONT_KNOW : answer?.scale != null ? String(answer.scale) : '';
  const options: RadioOption[] = [...scaleAnchors(question.options).map((o) => ({ value: String(o.score), label: o.label })), ...dontKnowOption(question)];
  const pick = (picked: string) => onChange(picked === DONT_KNOW ? dontKnowAnswer(question.id) : scaleAnswer(question.id, Number(picked)));
  return <RadioQuestion question={question} value={value} options={options} onPick={pick} readOnly={readOnly} />;
};

const ChoiceInput = ({ question, answer, onChange, readOnly }: QuestionFieldProps) => {
  const value = answer?.dontKnow ? DONT_KNOW : (answer?.choices?.[0] ?? '');
  const options: RadioOption[] = [...question.options.map((o) => ({ value: o.key, label: o.label })), ...dontKnowOption(question)];
  const pick = (picked: string) => onChange(picked === DONT_KNOW ? dontKnowAnswer(question.id) : choiceAnswer(question.id, picked));
  return <RadioQuestion question={question} value={value} options={options} onPick={pick} readOnly={readOnly} />;
};

const MultiInput = ({ question, answer, onChange, readOnly }: QuestionFieldProps) => {
  const ids = idsOf(question.id);
  const dontKnow = !!answer?.dontKnow;
  const picked = new Set(dontKnow ? [] : (answer?.choices ?? []));
  const order = question.options.map((o) => o.key);
  return (
    <Group question={question}>
      <FormGroup aria-labelledby={ids.prompt} aria-describedby={question.helpText ? ids.help : undefined} role="group" sx={{ gap: 1, mt: 1.5 }}>
        {question.options.map((option) => (
          <FormControlLabel
            key={option.key}
            label={option.label}
            disabled={readOnly}
            sx={optionSx(picked.has(option.key))}
            control={<Checkbox checked={picked.has(option.key)} onChange={(_e, checked) => onChange(toggleChoice(answer, question.id, option.key, checked, order))} />}
          />
        ))}
        {question.allowsDontKnow && (
          <FormControlLabel
            label={DONT_KNOW_LABEL}
            disabled={readOnly}
            sx={optionSx(dontKnow, true)}
            // "Don't know" stands alone: ticking it clears the options, ticking an option clears it.
            control={<Checkbox checked={dontKnow} onChange={(_e, checked) => onChange(checked ? dontKnowAnswer(question.id) : { questionId: question.id })} />}
          />
        )}
      </FormGroup>
    </Group>
  );
};

const TextInput = ({ question, answer, onChange, readOnly }: QuestionFieldProps) => {
  const ids = idsOf(question.id);
  const dontKnow = !!answer?.dontKnow && question.allowsDontKnow;
  const text = answer?.text ?? '';
  const note = text.length > MAX_ANSWER_TEXT * 0.9 ? `${text.length} of ${MAX_ANSWER_TEXT} characters` : dontKnow && text ? 'Not sent while “Don’t know” is ticked.' : undefined;
  // TextField points aria-describedby at its helper text; the question's help text must stay too.
  const describedBy = [question.helpText ? ids.help : null, note ? `${ids.input}-helper-text` : null].filter(Boolean).join(' ') || undefined;
  return (
    <Box>
      <FormLabel htmlFor={ids.input} id={ids.prompt} sx={{ ...promptSx, display: 'block' }}>
        {question.prompt}
      </FormLabel>
      {question.helpText && <HelpText id={ids.help}>{question.helpText}</HelpText>}
      <TextField
        id={ids.input}
        multiline
        minRows={3}
        maxRows={12}
        fullWidth
        value={text}
        disabled={dontKnow && !readOnly}
        placeholder={readOnly ? undefined : 'A sentence or two is plenty.'}
        onChange={(e) => onChange(textAnswer(question.id, e.target.value))}
        helperText={note}
        sx={{ mt: 1.5 }}
        slotProps={{ htmlInput: { maxLength: MAX_ANSWER_TEXT, readOnly, 'aria-describedby': describedBy } }}
      />
      {question.allowsDontKnow && (
        <Box sx={{ mt: 1 }}>
          <FormControlLabel
            label={DONT_KNOW_LABEL}
            disabled={readOnly}
            sx={optionSx(dontKnow, true)}
            control={<Checkbox checked={dontKnow} onChange={(_e, checked) => onChange(textDontKnow(answer, question.id, checked))} />}
          />
        </Box>
      )}
    </Box>
  );
};
