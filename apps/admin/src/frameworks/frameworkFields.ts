import { FRAMEWORK_STATUSES, FrameworkStatus } from '@orchestra/shared';

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
