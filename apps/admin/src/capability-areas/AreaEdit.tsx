import { Labeled, NumberInput, ReferenceField, SimpleForm, TextField, useRecordContext } from 'react-admin';
import { EditorToolbar } from '../common/editor/EditorButtons';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { frameworkPath, toUpdateAreaArgs, validatePosition, type AreaFormValues, type AreaRecord } from './areaFields';
import { AreaInputs } from './AreaInputs';
import { RecordEdit } from '../common/RecordPage';

const AreaEditTitle = () => {
  const record = useRecordContext<AreaRecord>();
  return <>{record ? `Edit area ${record.name}` : 'Edit area'}</>;
};

const AreaNotice = () => {
  const record = useRecordContext<AreaRecord>();
  return <PublishedFrameworkNotice frameworkId={record?.frameworkId} />;
};

/**
 * Name, description and order (framework and key stay). Pessimistic, so a refusal (the framework
 * was published meanwhile) shows the API's message and keeps the form as typed.
 */
export const AreaEdit = () => (
  <RecordEdit
    title={<AreaEditTitle />}
    mutationMode="pessimistic"
    redirect={(_resource, _id, data) => frameworkPath(data as AreaFormValues)}
    transform={(data: AreaFormValues) => toUpdateAreaArgs(data)}
  >
    <SimpleForm
      warnWhenUnsavedChanges
      toolbar={
        <EditorToolbar<AreaRecord>
          frameworkOf={(area) => area?.frameworkId}
          deleteTitle={(area) => `Delete the area ${area.name}?`}
          deleteContent="Its capabilities, and the questions measuring them, are deleted with it."
          afterDelete={frameworkPath}
        />
      }
    >
      <AreaNotice />
      <Labeled label="Framework">
        <ReferenceField source="frameworkId" reference="CapabilityFramework" link="show" />
      </Labeled>
      <Labeled label="Key (fixed)">
        <TextField source="key" />
      </Labeled>
      <AreaInputs />
      <NumberInput source="position" step={1} min={0} validate={validatePosition} helperText="Order among the framework's areas, lowest first." />
    </SimpleForm>
  </RecordEdit>
);
