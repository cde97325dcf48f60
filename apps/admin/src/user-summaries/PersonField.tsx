import { ReferenceField, useCanAccess, type FieldProps } from 'react-admin';
import { UserAvatarField } from './UserAvatarField';

/**
 * A user referenced by id (`ownerId`, `changedById`, `decidedById`) as avatar and name, fetched
 * from the user directory in one getMany per page. Nested user objects only carry their id in the
 * ra-data-graphql-simple grammar, hence the reference. Those who may not read the directory
 * (CLIENT users) see nothing.
 */
export const PersonField = ({ source, record }: FieldProps) => {
  const { canAccess } = useCanAccess({ resource: 'UserSummary', action: 'list' });
  if (!canAccess || !source) return null;
  return (
    <ReferenceField source={source} record={record} reference="UserSummary" link={false} emptyText="—">
      <UserAvatarField />
    </ReferenceField>
  );
};
