import { useMediaQuery, type Theme } from '@mui/material';
import { enumLabel } from '@orchestra/shared';
import {
  BooleanField,
  Datagrid,
  EmailField,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
} from 'react-admin';
import { DateField } from '../common/DateField';
import type { User } from '../gql/schema';
import { ROLE_CHOICES } from './roles';
import { EnumField } from '../common/EnumField';
import { userExporter } from './userExporter';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
];

type UserRecord = Pick<User, 'id' | 'name' | 'email' | 'role'>;

export const UserList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={userFilters} sort={{ field: 'name', order: 'ASC' }} exporter={userExporter}>
      {isSmall ? (
        <SimpleList<UserRecord>
          primaryText={(record) => record.name}
          secondaryText={(record) => record.email}
          tertiaryText={(record) => enumLabel('UserRole', record.role)}
          linkType="edit"
        />
      ) : (
        <Datagrid rowClick="edit">
          <TextField source="name" />
          <EmailField source="email" label="E-mail" />
          <EnumField source="role" kind="UserRole" chip />
          <ReferenceField source="clientId" reference="Client" label="Client" sortable={false} emptyText="—" link={false} />
          <BooleanField source="active" />
          <DateField source="lastLoginAt" label="Last sign-in" showTime emptyText="Never (invited)" />
        </Datagrid>
      )}
    </List>
  );
};
