import { useMemo } from 'react';
import { Create, Labeled, ReferenceField, SimpleForm, useGetOne } from 'react-admin';
import type { AreaRecord } from '../capability-areas/areaFields';
import { CreateToolbar, MissingParent } from '../common/editor/EditorButtons';
import { useParentId } from '../common/editor/useParentId';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { newCapabilityValues, toCreateCapabilityArgs, type NewCapabilityFormValues } from './capabilityFields';
import { CapabilityInputs } from './CapabilityInputs';

/** The area's framework, for the notice (the area is usually cached from the framework's page). */
const AreaFrameworkNotice = ({ areaId }: { areaId: string }) => {
  const { data: area } = useGetOne<AreaRecord>('CapabilityArea', { id: areaId });
  return <PublishedFrameworkNotice frameworkId={area?.frameworkId} />;
};

/** Save while the area's framework is a draft. */
const AreaCreateToolbar = ({ areaId }: { areaId: string }) => {
  const { data: area } = useGetOne<AreaRecord>('CapabilityArea', { id: areaId });
  return <CreateToolbar frameworkId={area?.frameworkId} />;
};

/**
 * Opened from a framework's page with ?areaId=… (“Add capability” on an area). Key and nature are
 * chosen here and fixed afterwards; the capability goes last in its area and its page opens.
 */
export const CapabilityCreate = () => {
  const areaId = useParentId('areaId');
  const record = useMemo(() => (areaId ? newCapabilityValues(areaId) : undefined), [areaId]);
  if (!areaId) {
    return <MissingParent title="New capability">A capability is added to an area, from its framework&apos;s page (“Add capability”).</MissingParent>;
  }
  return (
    <Create title="New capability" record={record} redirect="show" transform={(data: NewCapabilityFormValues) => toCreateCapabilityArgs({ ...data, areaId })}>
      <SimpleForm toolbar={<AreaCreateToolbar areaId={areaId} />}>
        <AreaFrameworkNotice areaId={areaId} />
        <Labeled label="Area">
          <ReferenceField source="areaId" reference="CapabilityArea" link={false} />
        </Labeled>
        <CapabilityInputs create />
      </SimpleForm>
    </Create>
  );
};
