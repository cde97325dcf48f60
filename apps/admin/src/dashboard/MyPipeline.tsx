import { Box, Card, CardContent, CircularProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { enumLabel } from '@orchestra/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-admin';
import { graphql } from '../gql';
import { EmptyText } from '../layout/EmptyText';
import { request } from '../providers/client';
import { formatDate } from '../common/DateField';

/** `myPipeline`: the open matches the signed-in user moved, by stage, and those stuck over 7 days. */
export const MyPipelineDocument = graphql(`
  query MyPipeline {
    myPipeline {
      byStage {
        stage
        count
      }
      stuckCount
      stuck {
        id
        roleId
        roleTitle
        candidateId
        candidateName
        stage
        stageChangedAt
        daysInStage
      }
    }
  }
`);

/** The recruiter's own pipeline: matches by open stage, and the ones stuck in a stage for more than a week. */
export const MyPipeline = () => {
  const { data, isPending, error } = useQuery({ queryKey: ['myPipeline'], queryFn: async () => (await request(MyPipelineDocument)).myPipeline });
  const max = Math.max(1, ...(data?.byStage ?? []).map((s) => s.count));
  const total = (data?.byStage ?? []).reduce((sum, s) => sum + s.count, 0);
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          My pipeline{data ? ` (${total})` : ''}
        </Typography>
        {isPending && <CircularProgress size={24} />}
        {error && <Typography color="error">Your pipeline could not be loaded: {error.message}</Typography>}
        {data && !total && <EmptyText>No open matches of yours: shortlist candidates from a role&apos;s ranked pool.</EmptyText>}
        {data && !!total && (
          <>
            <Box component="dl" aria-label="My matches by stage" sx={{ m: 0, display: 'grid', gridTemplateColumns: '110px 1fr 40px', gap: 1, alignItems: 'center' }}>
              {data.byStage.map((s) => (
                <Box key={s.stage} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2">
                    {enumLabel('MatchStage', s.stage)}
                  </Typography>
                  <Box aria-hidden sx={{ height: 14, bgcolor: 'primary.main', borderRadius: 0.5 }} style={{ width: `${(s.count / max) * 100}%`, minWidth: s.count ? 4 : 0 }} />
                  <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                    {s.count}
                  </Typography>
                </Box>
              ))}
            </Box>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              Stuck for more than 7 days: {data.stuckCount}
            </Typography>
            {!data.stuck.length ? (
              <EmptyText>Nothing stuck: every match moved this week.</EmptyText>
            ) : (
              <List dense aria-label="Stuck matches">
                {data.stuck.map((m) => (
                  <ListItem key={m.id} disableGutters component={Link} to={`/Role/${m.roleId}/show/pipeline`} sx={{ color: 'inherit' }}>
                    <ListItemText
                      primary={`${m.candidateName} · ${m.roleTitle}`}
                      secondary={`${enumLabel('MatchStage', m.stage)} since ${formatDate(m.stageChangedAt)} (${m.daysInStage} days)`}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
};
