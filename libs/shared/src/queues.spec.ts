import { describe, expect, it } from '@jest/globals';
import { jobSubject } from './index.js';

describe('jobSubject', () => {
  it('names the record a job is about by the first id field of its payload', () => {
    expect(jobSubject({ outboxEventId: 'e', roleId: 'r' })).toEqual({ type: 'Role', id: 'r' });
    // A finalise step names its run and its assessment: the assessment is the subject.
    expect(jobSubject({ runId: 'run', assessmentId: 'a' })).toEqual({ type: 'Assessment', id: 'a' });
    expect(jobSubject({ outboxEventId: 'e', invitationId: 'i', rotate: true })).toEqual({ type: 'Invitation', id: 'i' });
  });

  it('finds none in jobs about no one record, or in data that is not an object', () => {
    expect(jobSubject({})).toBeNull();
    expect(jobSubject({ roleId: 42 })).toBeNull();
    expect(jobSubject(null)).toBeNull();
    expect(jobSubject('roleId')).toBeNull();
  });
});
