import { CapabilityNature, LEVEL_NAMES, MAX_LEVEL, MIN_LEVEL, enumChoices } from '@orchestra/shared';
import { maxLength, required, type Validator } from 'react-admin';
import { graphql } from '../gql';
import type { CapabilityRecordFragment, QuestionRecordFragment } from '../gql/graphql';
import type { MutationCreateCapabilityArgs } from '../gql/schema';

/** A capability as the API returns it (`area` is fetched as `{ id }` only: read the name through `areaId`). */
export const CapabilityRecordFields = graphql(`
  fragment CapabilityRecord on Capability {
    id
    frameworkId
    areaId
    key
    name
    description
    nature
    weight
    levels
    skills
    defaultTarget
    position
  }
`);

/** `levels`: 1 (Initial) to 5 (Optimising), in order. */
export type CapabilityRecord = CapabilityRecordFragment;

export const QuestionRecordFields = graphql(`
  fragment QuestionRecord on Question {
    id
    templateId
    capabilityId
    key
    prompt
    helpText
    type
    options {
      key
      label
      score
    }
    weight
    allowsDontKnow
    position
  }
`);

export type QuestionRecord = QuestionRecordFragment;

/** What each nature means (the API's enum description), shown as the chip's tooltip. */
export const NATURE_HINTS: Readonly<Record<CapabilityNature, string>> = {
  [CapabilityNature.JUDGEMENT]: 'Calls people make',
  [CapabilityNature.PRACTICE]: 'Habits a team has',
  [CapabilityNature.CAPACITY]: 'Enough skilled people to do it',
};

export const NATURE_CHOICES = enumChoices('CapabilityNature');

/** "1 · Initial" … "5 · Optimising": the level a number stands for. */
export const levelLabel = (level: number): string => `${level} · ${LEVEL_NAMES[level - 1] ?? '?'}`;

export const TARGET_CHOICES = Array.from({ length: MAX_LEVEL - MIN_LEVEL + 1 }, (_, i) => ({ id: MIN_LEVEL + i, name: levelLabel(MIN_LEVEL + i) }));

/** The API's limits (UpdateCapabilityArgs), checked before saving. */
export const MIN_WEIGHT = 0.25;
export const MAX_WEIGHT = 3;
const MAX_SKILLS = 20;
const MAX_SKILL_LENGTH = 100;

export const validateName = [required(), maxLength(200)];
export const validateDescription = maxLength(2000);
export const validateLevel = [required(), maxLength(1000)];
export const validateSkills: Validator = (value: unknown) => {
  const skills = Array.isArray(value) ? (value as unknown[]) : [];
  if (skills.length > MAX_SKILLS) return `At most ${MAX_SKILLS} skills.`;
  const long = skills.find((s) => typeof s === 'string' && s.trim().length > MAX_SKILL_LENGTH);
  return long ? `A skill is at most ${MAX_SKILL_LENGTH} characters ("${String(long).slice(0, 20)}…").` : undefined;
};

export interface CapabilityFormValues {
  name?: string | null;
  description?: string | null;
  weight?: number | string | null;
  levels?: (string | null | undefined)[] | null;
  skills?: (string | null)[] | null;
  defaultTarget?: number | string | null;
}

/** The arguments of `updateCapability` (key, area and nature are fixed by the framework). */
export type UpdateCapabilityArgs = Omit<MutationCreateCapabilityArgs, 'areaId' | 'key' | 'nature' | 'position'>;

/**
 * Sends exactly the editable fields: always five levels, skills without blanks or repeats, and an
 * emptied description as '' (the API ignores a null, so null could never clear it).
 */
export function toCapabilityArgs(data: CapabilityFormValues): UpdateCapabilityArgs {
  const skills = (data.skills ?? []).map((s) => (s ?? '').trim()).filter((s) => s.length > 0);
  return {
    name: (data.name ?? '').trim(),
    description: (data.description ?? '').trim(),
    weight: Number(data.weight),
    levels: LEVEL_NAMES.map((_, i) => (data.levels?.[i] ?? '').trim()),
    skills: [...new Set(skills)],
    defaultTarget: Number(data.defaultTarget),
  };
}

/** The API's limit on a capability key. */
export const MAX_CAPABILITY_KEY = 80;

export interface NewCapabilityFormValues extends CapabilityFormValues {
  areaId?: string | null;
  key?: string | null;
  nature?: CapabilityNature | null;
}

/** The arguments of `createCapability` (left out: position, so it goes last in its area). */
export type CreateCapabilityArgs = Omit<MutationCreateCapabilityArgs, 'position'>;

export function toCreateCapabilityArgs(data: NewCapabilityFormValues): CreateCapabilityArgs {
  return {
    areaId: data.areaId ?? '',
    key: (data.key ?? '').trim(),
    nature: data.nature ?? CapabilityNature.PRACTICE,
    ...toCapabilityArgs(data),
  };
}

/** A new capability of `areaId`: weight 1, default target 3 · Defined, five empty levels. */
export const newCapabilityValues = (areaId: string): NewCapabilityFormValues => ({
  areaId,
  weight: 1,
  defaultTarget: 3,
  levels: LEVEL_NAMES.map(() => ''),
  skills: [],
});

/** The framework page a capability belongs to: where it goes back to once deleted. */
export const capabilityFrameworkPath = (record: { frameworkId?: string | null } | undefined): string =>
  record?.frameworkId ? `/CapabilityFramework/${record.frameworkId}/show` : '/CapabilityFramework';
