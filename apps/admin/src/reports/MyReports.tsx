import { Button, Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-admin';
import { request } from '../providers/client';
import { PublishedReportsDocument } from './api';
import { formatDate } from './format';

/** Published reports the signed-in reader may open (a CLIENT user: their client's), newest first. */
export const MyReports = () => {
  const { data, isPending, error } = useQuery({ queryKey: ['publishedReports'], queryFn: async () => (await request(PublishedReportsDocument)).publishedReports });
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          Reports
        </Typography>
        {error && <Typography color="error">{error instanceof Error ? error.message : 'Could not load the reports.'}</Typography>}
        {!isPending && !error && !data?.length && (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            No report is published yet. When the consultancy publishes one, it appears here.
          </Typography>
        )}
        <List aria-label="Published reports">
          {data?.map((r) => (
            <ListItem
              key={r.assessmentId}
              divider
              secondaryAction={
                <Button component={Link} to={`/reports/${r.assessmentId}`} aria-label={`Read the report “${r.title}”`}>
                  Read
                </Button>
              }
            >
              <ListItemText primary={r.title} secondary={`${r.engagementTitle} · published ${formatDate(r.publishedAt)}`} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
