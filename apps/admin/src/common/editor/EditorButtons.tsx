import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Card, CardContent } from '@mui/material';
import type { ReactNode } from 'react';
import { DeleteButton, EditButton, Link, SaveButton, Title, Toolbar, useCanAccess, useRecordContext, type Identifier, type RaRecord } from 'react-admin';
import { useFrameworkWritable } from './PublishedFrameworkNotice';

/**
 * "Add area", "Add question"…: opens `resource`'s create page with the current record as its
 * parent (`?frameworkId=<id>`). Only for those who may create it (ADMIN), while the framework is a draft.
 */
export const AddChildButton = ({ resource, parentField, label, frameworkId }: { resource: string; parentField: string; label: string; frameworkId: string | null | undefined }) => {
  const parent = useRecordContext<{ id: Identifier }>();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  const { writable } = useFrameworkWritable(frameworkId);
  if (!parent || !canAccess || !writable) return null;
  return (
    <Button
      size="small"
      component={Link}
      to={`/${resource}/create?${parentField}=${encodeURIComponent(String(parent.id))}`}
      startIcon={<AddIcon />}
    >
      {label}
    </Button>
  );
};

interface EditorToolbarProps<R extends RaRecord> {
  /** The framework the record belongs to: Save and Delete only while it is a draft. */
  frameworkOf: (record: R | undefined) => string | null | undefined;
  /** The confirmation's title, e.g. `Delete the area "Delivery"?`. */
  deleteTitle: (record: R) => string;
  /** What else goes with it. */
  deleteContent: string;
  /** Where to go once deleted (the parent's page). */
  afterDelete: (record: R) => string;
}

/**
 * Save, and Delete after a confirmation, while the framework is a draft (a published one shows
 * PublishedFrameworkNotice instead). Both pessimistic, so a refusal (a name taken…) shows the
 * API's message and nothing changes on screen.
 */
export const EditorToolbar = <R extends RaRecord>({ frameworkOf, deleteTitle, deleteContent, afterDelete }: EditorToolbarProps<R>) => {
  const record = useRecordContext<R>();
  const { readOnly } = useFrameworkWritable(frameworkOf(record));
  return (
    <Toolbar>
      <SaveButton disabled={readOnly} />
      {record && !readOnly && (
        <DeleteButton
          mutationMode="pessimistic"
          confirmTitle={deleteTitle(record)}
          confirmContent={deleteContent}
          redirect={() => afterDelete(record)}
        />
      )}
    </Toolbar>
  );
};

/** Edit for a framework or one of its parts: only while the framework is a draft (and for ADMINs). */
export const FrameworkEditButton = ({ frameworkId, label }: { frameworkId: string | null | undefined; label?: string }) => {
  const { writable } = useFrameworkWritable(frameworkId);
  return writable ? <EditButton label={label} /> : null;
};

/** Save on a framework part's create page, only while the framework is a draft. */
export const CreateToolbar = ({ frameworkId }: { frameworkId: string | null | undefined }) => {
  const { readOnly } = useFrameworkWritable(frameworkId);
  return (
    <Toolbar>
      <SaveButton disabled={readOnly} />
    </Toolbar>
  );
};

/** A create page opened without its parent (`?frameworkId=` …): says where to start from. */
export const MissingParent = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ mt: 1 }}>
    <Title title={title} />
    <Card>
      <CardContent>
        <Alert severity="warning">
          {children} <Link to="/CapabilityFramework">Go to the capability frameworks.</Link>
        </Alert>
      </CardContent>
    </Card>
  </Box>
);
