import { enumChoices } from '@orchestra/shared';

export const RESPONDENT_ROLE_CHOICES = enumChoices('RespondentRole');

export const TARGET_CHOICES = [
  { id: 1, name: '1 · Initial' },
  { id: 2, name: '2 · Emerging' },
  { id: 3, name: '3 · Defined' },
  { id: 4, name: '4 · Managed' },
  { id: 5, name: '5 · Optimising' },
];

/** Status chips: colour says whether people can still answer. */
export const STATUS_COLOURS: Record<string, 'default' | 'primary' | 'success' | 'warning'> = {
  DRAFT: 'default',
  OPEN: 'primary',
  CLOSED: 'warning',
  SCORED: 'success',
  PUBLISHED: 'success',
};
