import { Create, SimpleForm } from 'react-admin';
import { toFrameworkArgs, type FrameworkFormValues } from './frameworkFields';
import { FrameworkInputs } from './FrameworkInputs';

/** A new framework starts as DRAFT version 1; its page then adds areas, capabilities and questionnaires. */
export const FrameworkCreate = () => (
  <Create title="New capability framework" redirect="show" transform={(data: FrameworkFormValues) => toFrameworkArgs(data)}>
    <SimpleForm>
      <FrameworkInputs />
    </SimpleForm>
  </Create>
);
