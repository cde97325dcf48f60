import { Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { enumLabel, OPEN_STAGES } from '@orchestra/shared';
import { Link, useGetIdentity, useGetList } from 'react-admin';
import type { Engagement } from '../gql/schema';

type EngagementRow = Pick<Engagement, 'id' | 'title' | 'stage' | 'urgency'>;

/** The signed-in consultant's open engagements, most urgent first. */
export const MyOpenEngagements = () => {
  const { identity } = useGetIdentity();
  const { data, total, isPending } = useGetList<EngagementRow>(
    'Engagement',
    { filter: { ownerId: identity?.id, stages: OPEN_STAGES }, sort: { field: 'urgency', order: 'DESC' }, pagination: { page: 1, perPage: 10 } },
    { enabled: !!identity?.id },
  );
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">My open engagements{total ? ` (${total})` : ''}</Typography>
        {!isPending && !data?.length && (
          <Typography variant="body2" color="text.secondary">
            Nothing open: new engagements you own will show here.
          </Typography>
        )}
        <List dense>
          {data?.map((e) => (
            <ListItemButton key={e.id} component={Link} to={`/Engagement/${e.id}/show`}>
              <ListItemText primary={e.title} secondary={`${enumLabel('EngagementStage', e.stage)} · ${enumLabel('Urgency', e.urgency)}`} />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
