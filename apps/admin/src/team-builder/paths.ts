/**
 * The team builder's address: the accepted specialist-team option, and one of the roles it drafted
 * (`role`: the team's currency and engagement; the API's team answers carry neither).
 */
export const teamBuilderPath = (recommendationId: string, roleId?: string | null) =>
  `/team-builder/${encodeURIComponent(recommendationId)}${roleId ? `?role=${encodeURIComponent(roleId)}` : ''}`;
