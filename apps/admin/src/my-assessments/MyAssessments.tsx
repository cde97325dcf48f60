import { Card, CardContent, Chip, CircularProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { enumLabel, formatDay } from '@orchestra/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { MyInvitationsQuery } from '../gql/graphql';
import { request } from '../providers/client';
import { MyReports } from '../reports';
import { ProgressButton } from '../common/ProgressButton';

const MyInvitationsDocument = graphql(`
  query MyInvitations {
    myInvitations {
      id
      status
      assessmentStatus
      assessmentTitle
      engagementTitle
      dueDate
      closedNote
    }
  }
`);

const StartMyInvitationDocument = graphql(`
  mutation StartMyInvitation($id: ID!) {
    startMyInvitation(id: $id) {
      token
    }
  }
`);

type MyInvitation = MyInvitationsQuery['myInvitations'][number];

const actionLabel = (i: MyInvitation) => (i.status === 'SUBMITTED' ? 'View' : i.status === 'STARTED' ? 'Continue' : 'Start');

/** A signed-in client user's assessments: each opens the same questionnaire screens as the e-mailed link. */
export const MyAssessments = () => {
  const notify = useNotify();
  const navigate = useNavigate();
  const [opening, setOpening] = useState<string | null>(null);
  const { data, isPending, error } = useQuery({
    queryKey: ['myInvitations'],
    queryFn: async () => (await request(MyInvitationsDocument)).myInvitations,
  });

  const open = async (invitation: MyInvitation) => {
    setOpening(invitation.id);
    try {
      const { startMyInvitation } = await request(StartMyInvitationDocument, { id: invitation.id });
      navigate(`/respond/${encodeURIComponent(startMyInvitation.token)}`);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'Could not open the assessment.', { type: 'error' });
    } finally {
      setOpening(null);
    }
  };

  return (
    <>
    <Card sx={{ mt: 2 }}>
      <Title title="My assessments" />
      <CardContent>
        <Typography variant="h6">My assessments</Typography>
        {isPending && <CircularProgress size={24} aria-label="Loading your assessments" />}
        {error && <Typography color="error">{error instanceof Error ? error.message : 'Could not load your assessments.'}</Typography>}
        {!isPending && !error && !data?.length && (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            You are not invited to any assessment yet. When you are, it appears here and in your e-mail.
          </Typography>
        )}
        <List>
          {data?.map((i) => {
            const closed = i.assessmentStatus !== 'OPEN' && i.status !== 'SUBMITTED';
            return (
              <ListItem key={i.id} divider secondaryAction={
                <ProgressButton busy={opening === i.id} variant={i.status === 'SUBMITTED' ? 'text' : 'contained'} disabled={closed || opening !== null} onClick={() => void open(i)}>
                  {actionLabel(i)}
                </ProgressButton>
              }>
                <ListItemText
                  primary={
                    <Stack direction="row" gap={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                      {i.assessmentTitle}
                      <Chip size="small" label={closed ? enumLabel('AssessmentStatus', i.assessmentStatus) : enumLabel('InvitationStatus', i.status)} />
                    </Stack>
                  }
                  secondary={
                    <>
                      {`${i.engagementTitle} · due ${formatDay(i.dueDate)}`}
                      {/* Why a closed invitation can no longer be answered, in words from the API. */}
                      {closed && i.closedNote && (
                        <Typography component="span" variant="body2" color="warning.dark" sx={{ display: 'block' }}>
                          {i.closedNote}
                        </Typography>
                      )}
                    </>
                  }
                />
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
    <MyReports />
    </>
  );
};
