import { MAX_PER_PAGE } from '@orchestra/shared';
import { Datagrid, Pagination, ReferenceField, ReferenceManyField, useRecordContext } from 'react-admin';
import { OptionsField, PromptField } from '../capabilities/CapabilityQuestions';
import { EmptyText } from '../layout/EmptyText';
import { useFrameworkWritable } from '../common/editor/PublishedFrameworkNotice';
import { QuestionTypeField } from '../questions/QuestionTypeField';

/** The questionnaire's questions in the order respondents meet them; a row opens the question's editor for ADMIN while the framework is a draft. */
export const TemplateQuestions = () => {
  const parent = useRecordContext<{ frameworkId: string }>();
  const { writable: canEdit } = useFrameworkWritable(parent?.frameworkId);
  return (
    <ReferenceManyField
      reference="Question"
      target="templateId"
      sort={{ field: 'position', order: 'ASC' }}
      perPage={MAX_PER_PAGE}
      pagination={<Pagination rowsPerPageOptions={[MAX_PER_PAGE]} />}
      empty={<EmptyText>No question yet.</EmptyText>}
    >
      <Datagrid bulkActionButtons={false} rowClick={canEdit ? 'edit' : false}>
        <PromptField label="Question" />
        <QuestionTypeField label="Type" />
        <ReferenceField source="capabilityId" reference="Capability" label="Capability" link="show" sortable={false} />
        <OptionsField label="Options (score)" />
      </Datagrid>
    </ReferenceManyField>
  );
};
