import type { CapabilityNature, QuestionOption, QuestionType } from '@orchestra/shared';

/**
 * A capability framework written as typed data (DESIGN §2): areas → capabilities → questions.
 * The seed turns one of these into a CapabilityFramework, its areas and capabilities, and the
 * default AssessmentTemplate with its questions. Keys are stable across edits of the wording, so
 * answers and scores can always be traced back to the capability and question they belong to.
 */

/** One question of the default template. Key: `<capability key>.q<n>`, unique across the framework. */
export interface QuestionDefinition {
  key: string;
  prompt: string;
  helpText?: string;
  type: QuestionType;
  /** SCALE: the five anchored labels for scores 1–5; CHOICE/MULTI: the options, scored 1–5; TEXT: none. */
  options: QuestionOption[];
  weight: number;
  allowsDontKnow: boolean;
}

export interface CapabilityDefinition {
  /** Stable kebab-case key, unique across the framework. */
  key: string;
  name: string;
  description: string;
  nature: CapabilityNature;
  /** 1 normal, 1.5 for the few that matter most, 0.75 for lesser ones. */
  weight: number;
  /** What levels 1–5 (Initial, Emerging, Defined, Managed, Optimising) look like in practice. */
  levels: readonly [string, string, string, string, string];
  /** Skill names (as in the skill taxonomy) that address a gap on this capability. */
  skills: string[];
  /** The target level an assessment starts from, before it is agreed with the client. */
  defaultTarget: number;
  questions: QuestionDefinition[];
}

export interface AreaDefinition {
  key: string;
  name: string;
  description: string;
  capabilities: CapabilityDefinition[];
}

export interface FrameworkDefinition {
  name: string;
  version: number;
  description: string;
  templateName: string;
  templateDescription: string;
  estimatedMinutes: number;
  areas: AreaDefinition[];
}

/** The five anchored labels of a SCALE question, for scores 1 to 5 in that order. */
export function scaleAnchors(labels: readonly [string, string, string, string, string]): QuestionOption[] {
  return labels.map((label, i) => ({ key: String(i + 1), label, score: i + 1 }));
}

/** The options of a CHOICE or MULTI question, as `[key, label, score]`, listed from least to most mature. */
export function scoredOptions(options: readonly (readonly [key: string, label: string, score: number])[]): QuestionOption[] {
  return options.map(([key, label, score]) => ({ key, label, score }));
}

/** Every capability of a framework, in area order. */
export function allCapabilities(framework: FrameworkDefinition): CapabilityDefinition[] {
  return framework.areas.flatMap((area) => area.capabilities);
}

/** Every question of a framework's default template, in area and capability order. */
export function allQuestions(framework: FrameworkDefinition): QuestionDefinition[] {
  return allCapabilities(framework).flatMap((capability) => capability.questions);
}
