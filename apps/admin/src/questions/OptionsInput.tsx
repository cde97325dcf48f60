import { Box, Typography } from '@mui/material';
import { QuestionType } from '@orchestra/shared';
import { ArrayInput, FormDataConsumer, maxLength, regex, required, SelectInput, SimpleFormIterator, TextInput, type Validator } from 'react-admin';
import { levelLabel, TARGET_CHOICES } from '../capabilities/capabilityFields';
import type { QuestionFormValues } from './questionFields';
import { choicesProblem, OPTION_KEY_PATTERN, SCALE_SCORES, type OptionFormValues } from './questionOptions';

const validateLabel = [required(), maxLength(300)];
const validateOptionKey = regex(OPTION_KEY_PATTERN, '1–40 lower-case letters, digits or -');
const validateChoices: Validator = (value: unknown) => choicesProblem(value as OptionFormValues['choices']);

/** A SCALE's five anchored answers, least to most mature: keys "1".."5" and scores 1..5 are fixed. */
const ScaleLabelsInput = () => (
  <Box sx={{ width: '100%' }}>
    <Typography variant="subtitle1" component="h2">
      Answers
    </Typography>
    <Typography variant="body2" color="text.secondary" gutterBottom>
      Five answers from least to most mature; each scores the level it stands under.
    </Typography>
    <Box
      role="group"
      aria-label="Scale answers"
      sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: `repeat(${SCALE_SCORES.length}, minmax(0, 1fr))` }, gap: 2 }}
    >
      {SCALE_SCORES.map((score, index) => (
        <TextInput key={score} source={`scaleLabels.${index}`} label={levelLabel(score)} validate={validateLabel} helperText={false} />
      ))}
    </Box>
  </Box>
);

/** CHOICE / MULTI: two or more options, each with a key (made from the label when left blank) and a score 1–5. */
const ChoicesInput = () => (
  <ArrayInput source="choices" label="Options" validate={validateChoices} helperText="Two or more, listed from least to most mature.">
    <SimpleFormIterator inline disableClear>
      <TextInput source="label" validate={validateLabel} helperText={false} sx={{ minWidth: { sm: '20rem' } }} />
      <TextInput source="key" validate={validateOptionKey} helperText="Blank: made from the label" />
      <SelectInput source="score" choices={TARGET_CHOICES} validate={required()} helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);

/** The options editor for a question of `type` (TEXT questions have none). */
export const OptionsInput = ({ type }: { type: QuestionType }) => {
  switch (type) {
    case QuestionType.SCALE:
      return <ScaleLabelsInput />;
    case QuestionType.CHOICE:
    case QuestionType.MULTI:
      return <ChoicesInput />;
    case QuestionType.TEXT:
      return (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          A text question has no options: the answer is written, and not scored.
        </Typography>
      );
  }
};

/** On create, the editor follows the type chosen above it. */
export const TypedOptionsInput = () => (
  <FormDataConsumer<QuestionFormValues>>{({ formData }) => (formData.type ? <OptionsInput type={formData.type} /> : null)}</FormDataConsumer>
);
