import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity } from 'react-admin';

/** A welcome card: no data loading (dashboard widgets bring their own queries later). */
export const Dashboard = () => {
  const { identity } = useGetIdentity();
  const name = identity?.fullName;
  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title="Orchestra" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {name ? `Welcome, ${name}` : 'Welcome'}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Orchestra brings together capability assessments, gaps, recommendations and talent matching. Use the menu to
          get started.
        </Typography>
      </CardContent>
    </Card>
  );
};
