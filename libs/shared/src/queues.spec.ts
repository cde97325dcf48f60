import { describe, expect, it } from '@jest/globals';
import { finaliseStepOf, jobLabel, jobSubject, queueLabel } from './index.js';

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

describe('finalise steps and job labels', () => {
  it('names the step a job runs: a current step, or the step that now does an earlier flow’s job', () => {
    expect(finaliseStepOf('score-and-find-gaps')).toBe('score-and-find-gaps');
    expect(finaliseStepOf('aggregate-scores')).toBe('score-and-find-gaps');
    expect(finaliseStepOf('compute-gaps')).toBe('score-and-find-gaps');
    expect(finaliseStepOf('recommend-options')).toBe('recommend-and-report');
    expect(finaliseStepOf('render-report')).toBe('recommend-and-report');
    expect(finaliseStepOf('finalise-assessment')).toBe('recommend-and-report');
    expect(finaliseStepOf('start-finalise')).toBeUndefined();
    expect(finaliseStepOf('constructor')).toBeUndefined();
  });

  it('labels jobs and queues in words, an earlier flow’s job by its step, and an unknown name as it is', () => {
    expect(jobLabel('render-report')).toBe('Recommending options and writing the report');
    expect(jobLabel('finalise-assessment')).toBe('Recommending options and writing the report');
    expect(jobLabel('start-finalise')).toBe('Start scoring an assessment');
    expect(jobLabel('toString')).toBe('toString');
    expect(queueLabel('assessment')).toBe('Assessments and scoring');
    expect(queueLabel('constructor')).toBe('constructor');
  });
});
