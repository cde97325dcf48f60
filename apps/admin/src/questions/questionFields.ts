import { type QuestionType, enumChoices } from '@orchestra/shared';
import { maxLength, maxValue, minValue, required } from 'react-admin';
import type { MutationCreateQuestionArgs } from '../gql/schema';
import { EMPTY_OPTION_VALUES, toQuestionOptions, type OptionFormValues } from './questionOptions';

export type { QuestionRecord } from '../capabilities/capabilityFields';

/** How each type is answered, as the type select's helper. */
export const TYPE_HINTS: Readonly<Record<QuestionType, string>> = {
  SCALE: 'One of five anchored answers, scored 1 to 5.',
  CHOICE: 'One option of two or more, each scored 1 to 5.',
  MULTI: 'One or more options, each scored 1 to 5 (the answer scores their mean).',
  TEXT: 'A written answer, not scored.',
};

export const TYPE_CHOICES = enumChoices('QuestionType');

/** The API's limits (CreateQuestionArgs). */
export const MIN_QUESTION_WEIGHT = 0.25;
export const MAX_QUESTION_WEIGHT = 3;
export const MAX_QUESTION_KEY = 120;
export const validatePrompt = [required(), maxLength(1000)];
export const validateHelpText = maxLength(2000);
export const validateQuestionWeight = [required(), minValue(MIN_QUESTION_WEIGHT), maxValue(MAX_QUESTION_WEIGHT)];

export interface QuestionFormValues extends OptionFormValues {
  templateId?: string | null;
  capabilityId?: string | null;
  key?: string | null;
  prompt?: string | null;
  helpText?: string | null;
  type?: QuestionType | null;
  weight?: number | string | null;
  allowsDontKnow?: boolean | null;
}

/** The arguments of `updateQuestion` (template, capability, key and type are fixed). */
export type UpdateQuestionArgs = Omit<MutationCreateQuestionArgs, 'templateId' | 'capabilityId' | 'key' | 'type' | 'position'>;

/** The arguments of `createQuestion` (left out: position, so it goes last). */
export type CreateQuestionArgs = Omit<MutationCreateQuestionArgs, 'position'>;

/** The editable fields; an emptied help text is null (the API clears it). */
export function toUpdateQuestionArgs(data: QuestionFormValues, type: QuestionType): UpdateQuestionArgs {
  return {
    prompt: (data.prompt ?? '').trim(),
    helpText: (data.helpText ?? '').trim() || null,
    options: toQuestionOptions(type, data),
    weight: Number(data.weight),
    allowsDontKnow: Boolean(data.allowsDontKnow),
  };
}

export function toCreateQuestionArgs(data: QuestionFormValues): CreateQuestionArgs {
  const type = data.type ?? 'SCALE';
  return {
    templateId: data.templateId ?? '',
    capabilityId: data.capabilityId ?? '',
    key: (data.key ?? '').trim(),
    type,
    ...toUpdateQuestionArgs(data, type),
  };
}

/** A new question of `templateId`: a SCALE, weight 1, "don't know" allowed. */
export const newQuestionValues = (templateId: string): QuestionFormValues => ({
  templateId,
  type: 'SCALE',
  weight: 1,
  allowsDontKnow: true,
  ...EMPTY_OPTION_VALUES,
});

/** The questionnaire page a question belongs to: where its editors go back to. */
export const templatePath = (record: { templateId?: string | null } | undefined): string =>
  record?.templateId ? `/AssessmentTemplate/${record.templateId}/show` : '/CapabilityFramework';
