import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  ChipField,
  Datagrid,
  DateField,
  EmailField,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
} from 'react-admin';
import type { User } from '../gql/schema';
import { ROLE_CHOICES } from './roles';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
];

type UserRecord = Pick<User, 'id' | 'name' | 'email' | 'role'>;

export const UserList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={userFilters} sort={{ field: 'name', order: 'ASC' }}>
      {isSmall ? (
        <SimpleList<UserRecord>
          primaryText={(record) => record.name}
          secondaryText={(record) => record.email}
          tertiaryText={(record) => record.role}
          linkType="edit"
        />
      ) : (
        <Datagrid rowClick="edit">
          <TextField source="name" />
          <EmailField source="email" label="E-mail" />
          <ChipField source="role" size="small" />
          <ReferenceField source="clientId" reference="Client" label="Client" sortable={false} emptyText="—" link={false} />
          <BooleanField source="active" />
          <DateField source="lastLoginAt" label="Last sign-in" showTime emptyText="never" />
        </Datagrid>
      )}
    </List>
  );
};
