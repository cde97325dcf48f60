import { Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link, useGetList } from 'react-admin';
import type { DecisionRecord } from '../gql/schema';
import { daysFromToday, formatDay, today } from '@orchestra/shared';

type DecisionRow = Pick<DecisionRecord, 'id' | 'title' | 'engagementId'> & { revisitDate: NonNullable<DecisionRecord['revisitDate']> };

/** Decisions whose revisit date falls in the next seven days. */
export const DecisionsDue = () => {
  const { data, isPending } = useGetList<DecisionRow>('DecisionRecord', {
    filter: { revisitDate_gte: today(), revisitDate_lte: daysFromToday(7) },
    sort: { field: 'revisitDate', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  });
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">Decisions to revisit this week</Typography>
        {!isPending && !data?.length && (
          <Typography variant="body2" color="text.secondary">
            None due in the next seven days.
          </Typography>
        )}
        <List dense>
          {data?.map((d) => (
            <ListItemButton key={d.id} component={Link} to={`/Engagement/${d.engagementId}/show/decisions`}>
              <ListItemText primary={d.title} secondary={`Revisit on ${formatDay(d.revisitDate)}`} />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
