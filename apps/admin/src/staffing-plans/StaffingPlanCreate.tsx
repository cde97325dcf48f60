import { RoleStatus } from '@orchestra/shared';
import { AutocompleteArrayInput, Create, FormDataConsumer, NumberInput, ReferenceArrayInput, SimpleForm, maxValue, minValue, required, useGetMany, useNotify, useRedirect } from 'react-admin';
import { MoneyInput } from '../common/matching/MoneyInput';
import { request } from '../providers/client';
import { fieldProblemsOf } from '../providers/graphql';
import { CreateStaffingPlanDocument } from './api';
import { apiErrorText } from './errors';

interface CreateValues {
  roleIds?: string[];
  candidatesPerRole?: number | null;
  budgetCapMinor?: number | null;
}

/** The cap in units of the chosen roles' currency (a cap needs roles in one currency; the API says so otherwise). */
const BudgetCapInput = ({ roleIds }: { roleIds: string[] }) => {
  const { data: roles } = useGetMany<{ id: string; currency?: string | null }>('Role', { ids: roleIds }, { enabled: roleIds.length > 0 });
  const currency = roles?.find((r) => r.currency)?.currency ?? 'EUR';
  return (
    <MoneyInput
      source="budgetCapMinor"
      currency={currency}
      label={`Budget cap (${currency})`}
      helperText="Optional: the most the plan may cost in total (day rates, or salaries for permanent roles)."
    />
  );
};

const validateRoles = [required('Pick at least one open role.')];
const validatePerRole = [minValue(1), maxValue(200)];

/** "New staffing plan": open roles (preset from the Roles list's bulk action), then the plan's page. */
export const StaffingPlanCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const save = async (values: Partial<CreateValues>) => {
    try {
      const { createStaffingPlan } = await request(CreateStaffingPlanDocument, {
        roleIds: values.roleIds ?? [],
        candidatesPerRole: values.candidatesPerRole ?? null,
        budgetCapMinor: values.budgetCapMinor ?? null,
      });
      notify('Solving the plan: it takes a few seconds.', { type: 'info' });
      redirect('show', 'StaffingPlan', createStaffingPlan.id);
      return undefined;
    } catch (error) {
      notify(apiErrorText(error, 'The plan could not be started.'), { type: 'error' });
      // Field problems go under their inputs.
      const fields = fieldProblemsOf(error);
      return Object.keys(fields).length ? fields : undefined;
    }
  };
  return (
    <Create title="New staffing plan">
      <SimpleForm onSubmit={save} defaultValues={{ candidatesPerRole: 50 }}>
        <ReferenceArrayInput source="roleIds" reference="Role" filter={{ status: RoleStatus.OPEN }} sort={{ field: 'startDate', order: 'ASC' }} perPage={100}>
          <AutocompleteArrayInput label="Open roles" validate={validateRoles} helperText="The roles to staff from one pool; each person takes at most one." />
        </ReferenceArrayInput>
        <NumberInput source="candidatesPerRole" label="Candidates per role" min={1} max={200} step={1} validate={validatePerRole} helperText="Each role's best candidates the plan considers (1–200)." />
        <FormDataConsumer<CreateValues>>{({ formData }) => <BudgetCapInput roleIds={formData.roleIds ?? []} />}</FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
