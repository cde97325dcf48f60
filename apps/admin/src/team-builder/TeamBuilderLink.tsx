import { RecommendationOption } from '@orchestra/shared';
import type { FC, MouseEvent } from 'react';
import { Link, useListContext, useRecordContext } from 'react-admin';
import type { RoleRecord } from '../roles/roleFields';
import { teamBuilderPath } from './paths';

type TeamRole = Pick<RoleRecord, 'id' | 'optionType' | 'recommendationId'>;

/** The first role listed for each specialist-team recommendation: the one row that carries its "Team builder" link. */
export function teamBuilderRows(roles: readonly TeamRole[] | undefined): ReadonlySet<string> {
  const first = new Map<string, string>();
  for (const r of roles ?? []) {
    if (r.optionType === RecommendationOption.SPECIALIST_TEAM && r.recommendationId && !first.has(r.recommendationId)) first.set(r.recommendationId, String(r.id));
  }
  return new Set(first.values());
}

/** In a list of roles: "Team builder" on the first role of each specialist-team recommendation (one link per recommendation). */
export const TeamBuilderLink: FC<{ /** The column's header (read by the Datagrid). */ label?: string }> = () => {
  const role = useRecordContext<RoleRecord>();
  const { data } = useListContext<RoleRecord>();
  if (!role?.recommendationId || !teamBuilderRows(data).has(String(role.id))) return null;
  return (
    <Link to={teamBuilderPath(role.recommendationId, String(role.id))} onClick={(e: MouseEvent) => e.stopPropagation()}>
      Team builder
    </Link>
  );
};
