import { Chip, Stack, Typography } from '@mui/material';
import {
  BooleanField,
  Datagrid,
  FunctionField,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useRecordContext,
} from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { useFrameworkWritable } from '../common/editor/PublishedFrameworkNotice';
import type { QuestionRecord } from './capabilityFields';
import { EnumField } from '../common/EnumField';

/** A question's prompt with its help text underneath. */
export const PromptField = (_props: { label?: string }) => (
  <FunctionField<QuestionRecord>
    render={(q) => (
      <>
        <Typography variant="body2">{q.prompt}</Typography>
        {q.helpText && (
          <Typography variant="caption" color="text.secondary">
            {q.helpText}
          </Typography>
        )}
      </>
    )}
  />
);

/** Options (or a SCALE question's anchored labels) with their scores; TEXT questions have none. */
export const OptionsField = (_props: { label?: string }) => (
  <FunctionField<QuestionRecord>
    render={(q) =>
      q.options?.length ? (
        <Stack direction="row" gap={0.5} flexWrap="wrap" component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {q.options.map((option) => (
            <li key={option.key}>
              <Chip size="small" variant="outlined" label={`${option.label} · ${option.score}`} title={option.key} />
            </li>
          ))}
        </Stack>
      ) : (
        '—'
      )
    }
  />
);

/** The questions that measure the current capability; a row opens the question's editor for ADMIN while the framework is a draft. */
export const CapabilityQuestions = () => {
  const parent = useRecordContext<{ frameworkId: string }>();
  const { writable: canEdit } = useFrameworkWritable(parent?.frameworkId);
  return (
    <ReferenceManyField
      reference="Question"
      target="capabilityId"
      sort={{ field: 'position', order: 'ASC' }}
      perPage={100}
      empty={<EmptyText>No question measures this capability yet.</EmptyText>}
    >
      <Datagrid bulkActionButtons={false} rowClick={canEdit ? 'edit' : false}>
        <ReferenceField source="templateId" reference="AssessmentTemplate" label="Template" link={false} sortable={false} />
        <TextField source="key" sortable={false} />
        <PromptField label="Question" />
        <EnumField source="type" kind="QuestionType" chip sortable={false} />
        <OptionsField label="Options (score)" />
        <NumberField source="weight" sortable={false} />
        <BooleanField source="allowsDontKnow" label="Don't know" sortable={false} />
      </Datagrid>
    </ReferenceManyField>
  );
};
