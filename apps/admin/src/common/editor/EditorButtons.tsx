import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Card, CardContent } from '@mui/material';
import type { ReactNode } from 'react';
import { DeleteButton, Link, SaveButton, Title, Toolbar, useCanAccess, useRecordContext, type Identifier, type RaRecord } from 'react-admin';

/**
 * "Add area", "Add question"…: opens `resource`'s create page with the current record as its
 * parent (`?frameworkId=<id>`). Only for those who may create it (ADMIN).
 */
export const AddChildButton = ({ resource, parentField, label }: { resource: string; parentField: string; label: string }) => {
  const parent = useRecordContext<{ id: Identifier }>();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  if (!parent || !canAccess) return null;
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
  /** The confirmation's title, e.g. `Delete the area "Delivery"?`. */
  deleteTitle: (record: R) => string;
  /** What else goes with it. */
  deleteContent: string;
  /** Where to go once deleted (the parent's page). */
  afterDelete: (record: R) => string;
}

/**
 * Save, and Delete after a confirmation. Both pessimistic, so a refusal (CONFLICT on a published
 * framework in use) shows the API's message and nothing changes on screen.
 */
export const EditorToolbar = <R extends RaRecord>({ deleteTitle, deleteContent, afterDelete }: EditorToolbarProps<R>) => {
  const record = useRecordContext<R>();
  return (
    <Toolbar>
      <SaveButton />
      {record && (
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
