import { useLocation } from 'react-admin';

/**
 * The parent a create page was opened for: `?frameworkId=…` (or `areaId`, `templateId`), as put
 * there by AddChildButton. Read through react-admin's router abstraction.
 */
export function useParentId(param: string): string | null {
  const { search } = useLocation();
  return new URLSearchParams(search).get(param) || null;
}
