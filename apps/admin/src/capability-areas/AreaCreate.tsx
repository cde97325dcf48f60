import { useMemo } from 'react';
import { Create, Labeled, ReferenceField, SimpleForm, TextInput } from 'react-admin';
import { CreateToolbar, MissingParent } from '../common/editor/EditorButtons';
import { useParentId } from '../common/editor/useParentId';
import { KEY_HINT, validateKey } from '../common/editor/keys';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { frameworkPath, MAX_AREA_KEY, toCreateAreaArgs, type AreaFormValues } from './areaFields';
import { AreaInputs } from './AreaInputs';

/** Opened from a framework's page with ?frameworkId=…; the new area goes last, then the framework's page shows again. */
export const AreaCreate = () => {
  const frameworkId = useParentId('frameworkId');
  const record = useMemo(() => ({ frameworkId }), [frameworkId]);
  if (!frameworkId) {
    return <MissingParent title="New area">An area is added from its framework&apos;s page (“Add area”).</MissingParent>;
  }
  return (
    <Create
      title="New area"
      record={record}
      redirect={(_resource, _id, data) => frameworkPath(data as AreaFormValues)}
      transform={(data: AreaFormValues) => toCreateAreaArgs({ ...data, frameworkId })}
    >
      <SimpleForm toolbar={<CreateToolbar frameworkId={frameworkId} />}>
        <PublishedFrameworkNotice frameworkId={frameworkId} />
        <Labeled label="Framework">
          <ReferenceField source="frameworkId" reference="CapabilityFramework" link="show" />
        </Labeled>
        <TextInput source="key" validate={validateKey(MAX_AREA_KEY)} helperText={KEY_HINT} />
        <AreaInputs />
      </SimpleForm>
    </Create>
  );
};
