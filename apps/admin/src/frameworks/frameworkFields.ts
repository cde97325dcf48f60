import { enumChoices } from '@orchestra/shared';
import { maxLength, required } from 'react-admin';
import type { MutationCreateCapabilityFrameworkArgs } from '../gql/schema';

export const STATUS_CHOICES = enumChoices('FrameworkStatus');

/** The API's limits (CreateCapabilityFrameworkArgs). */
export const validateFrameworkName = [required(), maxLength(200)];
export const validateFrameworkDescription = maxLength(5000);

export interface FrameworkFormValues {
  name?: string | null;
  description?: string | null;
}

/** The arguments of `createCapabilityFramework` / `updateCapabilityFramework`. */
export type FrameworkArgs = MutationCreateCapabilityFrameworkArgs;

/** Sends exactly name and description; an emptied description is '' (the API ignores a null). */
export function toFrameworkArgs(data: FrameworkFormValues): FrameworkArgs {
  return { name: (data.name ?? '').trim(), description: (data.description ?? '').trim() };
}
