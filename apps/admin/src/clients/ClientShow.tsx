import {
  Datagrid,
  EmailField,
  NumberField,
  ReferenceManyField,
  SelectField,
  TabbedShowLayout,
  TextField,
  useCanAccess,
} from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { SIZE_BAND_CHOICES } from './clientFields';
import { EnumField } from '../common/EnumField';
import { RecordShow } from '../common/RecordPage';

export const ClientShow = () => {
  const { canAccess: canReadContacts } = useCanAccess({ resource: 'Contact', action: 'list' });
  return (
    <RecordShow>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Profile">
          <TextField source="name" variant="h6" />
          <TextField source="industry" emptyText="—" />
          <SelectField source="sizeBand" label="Size" choices={SIZE_BAND_CHOICES} emptyText="—" />
          <TextField source="region" emptyText="—" />
          <TextField source="timeZone" label="Time zone" emptyText="—" />
          <TextField source="coreHoursStart" label="Core hours from" emptyText="—" />
          <TextField source="coreHoursEnd" label="Core hours to" emptyText="—" />
          <NumberField source="engagementCount" label="Engagements" />
          <TextField source="notes" label="Internal notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
        {canReadContacts && (
          <TabbedShowLayout.Tab label="Contacts" path="contacts">
            <ReferenceManyField reference="Contact" target="clientId" sort={{ field: 'name', order: 'ASC' }} label={false}>
              <Datagrid bulkActionButtons={false} rowClick="show" empty={<EmptyText>No contacts yet.</EmptyText>}>
                <TextField source="name" />
                <EmailField source="email" label="E-mail" />
                <TextField source="title" label="Job title" emptyText="—" />
              </Datagrid>
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="Engagements" path="engagements">
          <ReferenceManyField reference="Engagement" target="clientId" sort={{ field: 'createdAt', order: 'DESC' }} label={false}>
            <Datagrid bulkActionButtons={false} rowClick="show" empty={<EmptyText>No engagements yet.</EmptyText>}>
              <TextField source="title" />
              <EnumField source="stage" kind="EngagementStage" chip />
              <EnumField source="urgency" kind="Urgency" />
              <TextField source="owner.name" label="Owner" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </RecordShow>
  );
};
