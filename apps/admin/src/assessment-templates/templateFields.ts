import { maxLength, maxValue, minValue, number, required } from 'react-admin';
import { graphql } from '../gql';
import type { TemplateRecordFragment } from '../gql/graphql';
import type { MutationCreateAssessmentTemplateArgs } from '../gql/schema';

/** A questionnaire as the API returns it (the data provider's AssessmentTemplate record). */
export const TemplateRecordFields = graphql(`
  fragment TemplateRecord on AssessmentTemplate {
    id
    frameworkId
    name
    description
    estimatedMinutes
  }
`);

export type TemplateRecord = TemplateRecordFragment;

/** The API's limits (CreateAssessmentTemplateArgs). */
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 240;
export const DEFAULT_MINUTES = 20;
export const validateTemplateName = [required(), maxLength(200)];
export const validateTemplateDescription = maxLength(5000);
export const validateMinutes = [required(), number(), minValue(MIN_MINUTES), maxValue(MAX_MINUTES)];

export interface TemplateFormValues {
  frameworkId?: string | null;
  name?: string | null;
  description?: string | null;
  estimatedMinutes?: number | string | null;
}

/** The arguments of `updateAssessmentTemplate`. */
export type UpdateTemplateArgs = Omit<MutationCreateAssessmentTemplateArgs, 'frameworkId'>;

/** The arguments of `createAssessmentTemplate`. */
export type CreateTemplateArgs = MutationCreateAssessmentTemplateArgs;

/** An emptied description is '' (the API ignores a null, so null could never clear it). */
export function toUpdateTemplateArgs(data: TemplateFormValues): UpdateTemplateArgs {
  return {
    name: (data.name ?? '').trim(),
    description: (data.description ?? '').trim(),
    estimatedMinutes: Math.trunc(Number(data.estimatedMinutes)),
  };
}

export function toCreateTemplateArgs(data: TemplateFormValues): CreateTemplateArgs {
  return { frameworkId: data.frameworkId ?? '', ...toUpdateTemplateArgs(data) };
}

/** The framework page a questionnaire belongs to. */
export const templateFrameworkPath = (record: { frameworkId?: string | null } | undefined): string =>
  record?.frameworkId ? `/CapabilityFramework/${record.frameworkId}/show` : '/CapabilityFramework';
