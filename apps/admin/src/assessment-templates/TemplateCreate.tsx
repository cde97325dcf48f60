import { useMemo } from 'react';
import { Create, Labeled, ReferenceField, SimpleForm } from 'react-admin';
import { CreateToolbar, MissingParent } from '../common/editor/EditorButtons';
import { useParentId } from '../common/editor/useParentId';
import { PublishedFrameworkNotice } from '../common/editor/PublishedFrameworkNotice';
import { DEFAULT_MINUTES, toCreateTemplateArgs, type TemplateFormValues } from './templateFields';
import { TemplateInputs } from './TemplateInputs';

/** Opened from a framework's page with ?frameworkId=… (“Add questionnaire”); its page then opens to add questions. */
export const TemplateCreate = () => {
  const frameworkId = useParentId('frameworkId');
  const record = useMemo(() => ({ frameworkId, estimatedMinutes: DEFAULT_MINUTES }), [frameworkId]);
  if (!frameworkId) {
    return <MissingParent title="New questionnaire">A questionnaire is added from its framework&apos;s page (“Add questionnaire”).</MissingParent>;
  }
  return (
    <Create title="New questionnaire" record={record} redirect="show" transform={(data: TemplateFormValues) => toCreateTemplateArgs({ ...data, frameworkId })}>
      <SimpleForm toolbar={<CreateToolbar frameworkId={frameworkId} />}>
        <PublishedFrameworkNotice frameworkId={frameworkId} />
        <Labeled label="Framework">
          <ReferenceField source="frameworkId" reference="CapabilityFramework" link="show" />
        </Labeled>
        <TemplateInputs />
      </SimpleForm>
    </Create>
  );
};
