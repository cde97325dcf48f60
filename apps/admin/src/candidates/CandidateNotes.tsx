import { Box, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { EmptyText } from '../layout/EmptyText';
import { request } from '../providers/client';
import { formatDateTime } from '../reports/format';
import { PersonField } from '../user-summaries/PersonField';
import { AddCandidateNoteDocument } from './api';
import type { CandidateRecord } from './candidateFields';
import { useBusy } from '../common/useBusy';
import { ProgressButton } from '../common/ProgressButton';

const AddNote = ({ candidateId }: { candidateId: string }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [body, setBody] = useState('');
  const { busy, run: runBusy } = useBusy();
  const add = async () => {
    await runBusy(async () => {
      try {
        await request(AddCandidateNoteDocument, { candidateId, body: body.trim() });
        setBody('');
        notify('Note added.', { type: 'success' });
        refresh();
      } catch (error) {
        notify(error instanceof Error ? error.message : 'The note could not be added.', { type: 'error' });
      }
    });
  };
  return (
    <Stack gap={1} sx={{ alignItems: 'flex-start', maxWidth: 640 }}>
      <TextField label="New note" multiline minRows={2} fullWidth value={body} onChange={(e) => setBody(e.target.value)} slotProps={{ htmlInput: { maxLength: 5000 } }} />
      <ProgressButton busy={busy} variant="contained" size="small" disabled={!body.trim()} onClick={() => void add()}>
        Add note
      </ProgressButton>
    </Stack>
  );
};

/** Notes about the candidate, newest first, and a box to add one. */
export const CandidateNotes = () => {
  const candidate = useRecordContext<CandidateRecord>();
  const { canAccess: canWrite } = useCanAccess({ resource: 'Candidate', action: 'edit' });
  if (!candidate) return null;
  const notes = [...(candidate.notes ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack gap={2}>
      {canWrite && <AddNote candidateId={candidate.id} />}
      {notes.length === 0 ? (
        <EmptyText>No notes yet.</EmptyText>
      ) : (
        <Box component="ul" aria-label="Notes" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
          {notes.map((n) => (
            <Box component="li" key={n.id} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }}>
              <Stack direction="row" gap={1} sx={{ alignItems: 'center' }}>
                <PersonField source="authorId" record={n} />
                <Typography variant="caption" color="text.secondary">
                  {formatDateTime(n.createdAt)}
                </Typography>
              </Stack>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {n.body}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
};
