import { SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { CandidateInputs } from './CandidateInputs';
import { toCandidateArgs, type CandidateFormValues } from './candidateFields';
import { RecordEdit } from '../common/RecordPage';

// Pessimistic: the API's answer (an e-mail already used, a level out of range…) must reach the form.
// No delete button: erasing a person is the show page's "Erase…", with a reason for the audit.
export const CandidateEdit = () => (
  <RecordEdit mutationMode="pessimistic" redirect="show" transform={(data: CandidateFormValues) => toCandidateArgs(data)}>
    <SimpleForm
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <CandidateInputs />
    </SimpleForm>
  </RecordEdit>
);
