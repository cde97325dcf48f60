import { FRAMEWORK_STATUSES, FrameworkStatus } from '@orchestra/shared';
import { maxLength, regex, required } from 'react-admin';

/** A capability framework as the API returns it. */
export interface FrameworkRecord {
  id: string;
  name: string;
  version: number;
  description: string;
  status: FrameworkStatus;
  publishedAt: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export const STATUS_LABELS: Readonly<Record<FrameworkStatus, string>> = {
  [FrameworkStatus.DRAFT]: 'Draft',
  [FrameworkStatus.PUBLISHED]: 'Published',
};

export const STATUS_CHOICES = FRAMEWORK_STATUSES.map((id) => ({ id, name: STATUS_LABELS[id] }));

/** "Engineering Orchestration v2": several versions share a name. */
export const frameworkRepresentation = (record: Partial<FrameworkRecord>): string =>
  record.version === undefined ? (record.name ?? '') : `${record.name ?? ''} v${record.version}`;

/** Keys of areas, capabilities and questions (the API's rule): answers and scores are traced through them. */
export const KEY_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
export const KEY_HINT = 'Lower-case words joined by - or . (e.g. release-practice); fixed once created.';

/** A key input's checks: required, the API's pattern, at most `max` characters. */
export const validateKey = (max: number) => [
  required(),
  regex(KEY_PATTERN, 'Use lower-case letters and digits, in words joined by - or . (e.g. release-practice).'),
  maxLength(max),
];

/** The API's limits (CreateCapabilityFrameworkArgs). */
export const validateFrameworkName = [required(), maxLength(200)];
export const validateFrameworkDescription = maxLength(5000);

export interface FrameworkFormValues {
  name?: string | null;
  description?: string | null;
}

/** The arguments of `createCapabilityFramework` / `updateCapabilityFramework`. */
export interface FrameworkArgs {
  name: string;
  description: string;
}

/** Sends exactly name and description; an emptied description is '' (the API ignores a null). */
export function toFrameworkArgs(data: FrameworkFormValues): FrameworkArgs {
  return { name: (data.name ?? '').trim(), description: (data.description ?? '').trim() };
}
