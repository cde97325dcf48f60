import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { ErrorCode } from '@orchestra/shared';
import { Edit, Link, Show, useCreatePath, useEditContext, useGetResourceLabel, useResourceContext, useResourceDefinition, useShowContext, type EditProps, type RaRecord, type ShowProps } from 'react-admin';
import { errorCodeOf, NETWORK_ERROR } from '../providers/graphql';

// react-admin's default on a failed getOne is a red toast and a redirect to the list; the page
// says what happened instead (and renders nothing else, so no second query fails after it).
const quiet = { onError: () => undefined };

const Unavailable = ({ error, retry }: { error: unknown; retry: () => void }) => {
  const resource = useResourceContext();
  const { hasList } = useResourceDefinition();
  const resourceLabel = useGetResourceLabel();
  const createPath = useCreatePath();
  const code = errorCodeOf(error);
  const gone = code === ErrorCode.NOT_FOUND || code === ErrorCode.FORBIDDEN || code === ErrorCode.BAD_USER_INPUT;
  return (
    <Card>
      <CardContent>
        <Stack gap={2} sx={{ alignItems: 'flex-start' }}>
          <Typography variant="h5" component="h1">
            {gone ? 'Not found or no access' : 'This page could not be loaded'}
          </Typography>
          {gone ? (
            <Typography color="text.secondary">
              This record does not exist (it may have been deleted), or your account may not see it. Check the link, or ask whoever sent it.
            </Typography>
          ) : (
            <Alert severity="error">
              {code === NETWORK_ERROR ? 'The server did not answer. Check your connection and try again.' : error instanceof Error ? error.message : 'Something went wrong.'}
            </Alert>
          )}
          <Stack direction="row" gap={1}>
            {!gone && (
              <Button variant="contained" onClick={retry}>
                Try again
              </Button>
            )}
            {hasList && resource && (
              <Button component={Link} to={createPath({ resource, type: 'list' })} variant={gone ? 'contained' : 'text'}>
                Back to {resourceLabel(resource, 2).toLowerCase()}
              </Button>
            )}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};

const ShowUnavailable = () => {
  const { error, refetch } = useShowContext();
  return <Unavailable error={error} retry={() => void refetch()} />;
};

const EditUnavailable = () => {
  const { error, refetch } = useEditContext();
  return <Unavailable error={error} retry={() => void refetch?.()} />;
};

/** react-admin's Show, with a "Not found or no access" page in place of the toast and redirect. */
export const RecordShow = <R extends RaRecord = RaRecord>({ queryOptions, ...props }: ShowProps<R>) => (
  <Show<R> error={<ShowUnavailable />} {...props} queryOptions={{ ...quiet, ...queryOptions }} />
);

/** react-admin's Edit, with a "Not found or no access" page in place of the toast and redirect. */
export const RecordEdit = <R extends RaRecord = RaRecord>({ queryOptions, ...props }: EditProps<R>) => (
  <Edit<R> error={<EditUnavailable />} {...props} queryOptions={{ ...quiet, ...queryOptions }} />
);
