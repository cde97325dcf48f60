import { RESPONDENT_ROLES } from '@orchestra/shared';

const ROLE_LABELS: Record<string, string> = {
  CTO: 'CTO',
  ENGINEERING_MANAGER: 'Engineering manager',
  ENGINEER: 'Engineer',
  PRODUCT: 'Product',
  OTHER: 'Other',
};

export const RESPONDENT_ROLE_CHOICES = RESPONDENT_ROLES.map((id) => ({ id, name: ROLE_LABELS[id] ?? id }));

export const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;

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
