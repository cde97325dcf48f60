import { REVERSIBILITIES } from '@orchestra/shared';
import { DateInput, maxLength, required, SelectInput, TextInput } from 'react-admin';

export const REVERSIBILITY_CHOICES = REVERSIBILITIES.map((id) => ({ id, name: id === 'ONE_WAY' ? 'One-way door (costly to undo)' : 'Two-way door (cheap to undo)' }));

export const DecisionRecordInputs = () => (
  <>
    <TextInput source="title" validate={[required(), maxLength(200)]} />
    <TextInput source="context" multiline minRows={2} validate={[required(), maxLength(10_000)]} helperText="What made a decision necessary?" />
    <TextInput source="decision" multiline minRows={2} validate={[required(), maxLength(10_000)]} />
    <TextInput source="alternatives" label="Alternatives considered" multiline validate={maxLength(10_000)} />
    <TextInput
      source="noteToClient"
      label="Note to the client"
      multiline
      validate={maxLength(2000)}
      helperText="What the client's people may read about this decision. Everything else here is internal."
    />
    <SelectInput source="reversibility" choices={REVERSIBILITY_CHOICES} defaultValue="TWO_WAY" validate={required()} />
    <DateInput source="revisitDate" label="Revisit on" helperText="The engagement owner is reminded by e-mail that day." />
  </>
);

export interface DecisionFormValues {
  engagementId?: string;
  title?: string;
  context?: string;
  decision?: string;
  alternatives?: string | null;
  noteToClient?: string | null;
  reversibility?: string;
  revisitDate?: string | null;
}

/** Sends the editable fields; emptied optional ones are null (a cleared revisit date cancels the reminder). */
export function toDecisionArgs(data: DecisionFormValues, create: boolean): DecisionFormValues {
  const args: DecisionFormValues = {
    title: data.title,
    context: data.context,
    decision: data.decision,
    alternatives: data.alternatives || null,
    noteToClient: data.noteToClient || null,
    reversibility: data.reversibility,
    revisitDate: data.revisitDate || null,
  };
  if (create) args.engagementId = data.engagementId;
  return args;
}
