import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RespondentInvitation } from './api';
import { RespondPage } from './RespondPage';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789';

const LEVELS = ['Nobody owns it.', 'One person owns it.', 'It is written down.', 'It is reviewed.', 'It keeps improving.'];

function invitation(overrides: Partial<RespondentInvitation> = {}): RespondentInvitation {
  return {
    status: 'PENDING',
    assessmentStatus: 'OPEN',
    respondentName: 'Sam',
    respondentRole: 'ENGINEER',
    clientName: 'Acme Ltd',
    engagementTitle: 'Platform renewal',
    assessmentTitle: 'Engineering assessment',
    purpose: 'To see where engineering stands before planning the next year.',
    instructions: 'Answer from what you have seen happen.',
    dueDate: '2031-03-14',
    anonymityThreshold: 3,
    estimatedMinutes: 30,
    questionCount: 4,
    savedAt: null,
    submittedAt: null,
    answers: [],
    areas: [
      {
        id: 'area-1',
        name: 'Direction and alignment',
        description: 'Whether there is a clear technical direction.',
        capabilities: [{ id: 'cap-1', name: 'Technical direction', description: 'A shared view of where the technology is heading.', levels: LEVELS }],
        questions: [
          {
            id: 'q1',
            capabilityId: 'cap-1',
            prompt: 'How well could you describe where your technology is heading?',
            helpText: 'Think of the next 12 to 18 months.',
            type: 'SCALE',
            options: ["I couldn't say", 'Only vaguely', 'The broad strokes', 'Clearly, with the reasons', "Clearly, and it's written down"].map((label, i) => ({
              key: String(i + 1),
              label,
              score: i + 1,
            })),
            allowsDontKnow: false,
          },
          {
            id: 'q2',
            capabilityId: 'cap-1',
            prompt: 'Where does your technical direction live today?',
            helpText: null,
            type: 'CHOICE',
            options: [
              { key: 'nowhere', label: 'Nowhere in particular', score: 1 },
              { key: 'current-document', label: 'In a current document', score: 4 },
            ],
            allowsDontKnow: true,
          },
        ],
      },
      {
        id: 'area-2',
        name: 'Delivery',
        description: 'How software reaches users.',
        capabilities: [{ id: 'cap-2', name: 'Release practice', description: 'How releases happen.', levels: LEVELS }],
        questions: [
          {
            id: 'q3',
            capabilityId: 'cap-2',
            prompt: 'Which of these are part of how you release today?',
            helpText: 'Pick all that apply.',
            type: 'MULTI',
            options: [
              { key: 'manual-steps', label: 'Manual steps', score: 1 },
              { key: 'feature-flags', label: 'Feature flags', score: 4 },
            ],
            allowsDontKnow: true,
          },
          { id: 'q4', capabilityId: 'cap-2', prompt: 'Describe your last release.', helpText: null, type: 'TEXT', options: [], allowsDontKnow: true },
        ],
      },
    ],
    ...overrides,
  };
}

const draft = (...answers: RespondentInvitation['answers']) => ({ status: 'STARTED' as const, savedAt: '2031-03-01T10:00:00.000Z', answers });

interface Call {
  operation: string;
  variables: Record<string, unknown>;
}
type Reply = object | Promise<object> | 'network-down';

const ok = (data: object) => ({ data });
const failure = (code: string, reason: string | undefined, message: string) => ({ data: null, errors: [{ message, extensions: { code, reason } }] });
const receipt = (status = 'STARTED', submittedAt: string | null = null) => ({ status, answered: 1, questionCount: 4, savedAt: '2031-03-02T09:15:00.000Z', submittedAt });

/** Stubs `fetch('/graphql')`: each operation answers from `replies` (or a default), every call is recorded. */
function stubApi(replies: { invitation?: Reply; save?: () => Reply; submit?: () => Reply } = {}) {
  const calls: Call[] = [];
  const reply = (operation: string): Reply => {
    if (operation === 'invitationByToken') return replies.invitation ?? ok({ invitationByToken: invitation() });
    if (operation === 'saveResponseDraft') return replies.save?.() ?? ok({ saveResponseDraft: receipt() });
    return replies.submit?.() ?? ok({ submitResponse: receipt('SUBMITTED', '2031-03-02T09:20:00.000Z') });
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      expect(url).toBe('/graphql');
      const { query, variables } = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      const operation = /(invitationByToken|saveResponseDraft|submitResponse)/.exec(query)?.[1] ?? query;
      calls.push({ operation, variables });
      const answer = await reply(operation);
      if (answer === 'network-down') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(answer));
    }),
  );
  return {
    calls,
    of: (operation: string) => calls.filter((c) => c.operation === operation),
  };
}

function renderPage(search = '') {
  render(
    <MemoryRouter initialEntries={[`/respond/${TOKEN}${search}`]}>
      <Routes>
        <Route path="/respond/:token" element={<RespondPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const click = (role: 'button' | 'radio' | 'checkbox', name: string | RegExp) => fireEvent.click(screen.getByRole(role, { name }));

describe('RespondPage', () => {
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined); // jsdom has no layout
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('welcomes the respondent with the client, the engagement, the time it takes, the due date and the anonymity promise', async () => {
    const api = stubApi();
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Engineering assessment' })).toBeTruthy();
    expect(screen.getByText('Acme Ltd · Platform renewal')).toBeTruthy();
    expect(screen.getByText(/About 30 minutes: 4 questions in 2 areas/)).toBeTruthy();
    expect(screen.getByText(/Please answer by .*2031/)).toBeTruthy();
    expect(screen.getByText(/To see where engineering stands/)).toBeTruthy();
    expect(screen.getByText(/Your answers save as you go/)).toBeTruthy();
    expect(screen.getByText(/Acme Ltd sees results only for groups of at least 3 people, never by name/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect(api.of('invitationByToken')[0]!.variables).toEqual({ token: TOKEN });
  });

  it('shows one area at a time with a progress bar, its questions and the level descriptors', async () => {
    stubApi();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Direction and alignment' })).toBeTruthy();
    expect(screen.getByText('Area 1 of 2')).toBeTruthy();
    expect(screen.getByText('0 of 4 answered')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Questions answered' }).getAttribute('aria-valuetext')).toBe('0 of 4 questions answered');

    const scale = screen.getByRole('radiogroup', { name: 'How well could you describe where your technology is heading?' });
    expect(scale.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(scale).getAllByRole('radio')).toHaveLength(5); // SCALE without "don't know"
    const choice = screen.getByRole('radiogroup', { name: 'Where does your technical direction live today?' });
    expect(within(choice).getByRole('radio', { name: "Don't know" })).toBeTruthy();
    expect(screen.getByRole('button', { name: /What the levels look like — Technical direction/ })).toBeTruthy();
    expect(screen.getByText('Nobody owns it.', { exact: false })).toBeTruthy();
    // Delivery's questions wait for the next area.
    expect(screen.queryByText('Which of these are part of how you release today?')).toBeNull();
  });

  it('saves a scale answer after a short pause, with all answers as AnswerInput', async () => {
    const api = stubApi();
    renderPage('?step=1');
    await screen.findByRole('heading', { name: 'Direction and alignment' });
    click('radio', 'The broad strokes');
    expect(radio('The broad strokes').checked).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Saving…');
    // The debounce itself is timed in autosave.test.tsx with fake timers: here a busy machine may
    // take longer than the debounce between the click and any assertion.
    await waitFor(() => expect(api.of('saveResponseDraft')).toHaveLength(1)); // the 10 s default holds on a busy machine
    expect(api.of('saveResponseDraft')[0]!.variables).toEqual({ token: TOKEN, answers: [{ questionId: 'q1', scale: 3 }] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved /));
    expect(screen.getByText('1 of 4 answered')).toBeTruthy();
  });

  it('saves at once when leaving an area, and sends answers given during a save once it returns', async () => {
    let release: (reply: object) => void = () => undefined;
    let saves = 0;
    const api = stubApi({
      save: () => (++saves === 1 ? new Promise<object>((resolve) => (release = resolve)) : ok({ saveResponseDraft: receipt() })),
    });
    renderPage('?step=1');
    await screen.findByRole('heading', { name: 'Direction and alignment' });
    click('radio', 'In a current document');
    click('button', 'Next area');
    await screen.findByRole('heading', { name: 'Delivery' });
    expect(api.of('saveResponseDraft')).toHaveLength(1); // no debounce when leaving

    // While that save is in flight: tick an option and write a text, then leave again.
    click('checkbox', 'Feature flags');
    fireEvent.change(screen.getByRole('textbox', { name: 'Describe your last release.' }), { target: { value: 'Friday, by hand.' } });
    click('button', 'Back');
    await screen.findByRole('heading', { name: 'Direction and alignment' });
    expect(api.of('saveResponseDraft')).toHaveLength(1);

    release(ok({ saveResponseDraft: receipt() }));
    await waitFor(() => expect(api.of('saveResponseDraft')).toHaveLength(2));
    expect(api.of('saveResponseDraft')[1]!.variables['answers']).toEqual([
      { questionId: 'q2', choices: ['current-document'] },
      { questionId: 'q3', choices: ['feature-flags'] },
      { questionId: 'q4', text: 'Friday, by hand.' },
    ]);
  });

  it('says when a save failed and retries by itself', async () => {
    let saves = 0;
    const api = stubApi({ save: () => (++saves === 1 ? 'network-down' : ok({ saveResponseDraft: receipt() })) });
    renderPage('?step=1');
    await screen.findByRole('heading', { name: 'Direction and alignment' });
    click('radio', "Don't know");
    click('button', 'Next area'); // saves at once
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Not saved — retrying'));
    await waitFor(() => expect(api.of('saveResponseDraft')).toHaveLength(2));
    expect(api.of('saveResponseDraft')[1]!.variables['answers']).toEqual([{ questionId: 'q2', dontKnow: true }]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved /));
  });

  it('restores the saved draft and continues where the respondent left off', async () => {
    stubApi({ invitation: ok({ invitationByToken: invitation(draft({ questionId: 'q1', scale: 2, choices: null, text: null, dontKnow: null })) }) });
    renderPage();
    expect(await screen.findByText('You have answered 1 of 4 so far.')).toBeTruthy();
    click('button', 'Continue where you left off');
    await screen.findByRole('heading', { name: 'Direction and alignment' });
    expect(radio('Only vaguely').checked).toBe(true);
    expect(radio('The broad strokes').checked).toBe(false);
    expect(screen.getByText('1 of 4 answered')).toBeTruthy();
  });

  it('lists unanswered questions by area on the review, each area one click away', async () => {
    const answers = [
      { questionId: 'q1', scale: 4, choices: null, text: null, dontKnow: null },
      { questionId: 'q2', scale: null, choices: null, text: null, dontKnow: true },
    ];
    stubApi({ invitation: ok({ invitationByToken: invitation(draft(...answers)) }) });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Continue where you left off' })); // area 1 is complete: straight to Delivery
    await screen.findByRole('heading', { name: 'Delivery' });
    click('button', 'Review answers');
    await screen.findByRole('heading', { name: 'Review and submit' });
    expect(screen.getByText('You have answered 2 of 4 questions.')).toBeTruthy();
    const delivery = screen.getByRole('region', { name: /Delivery/ });
    expect(within(delivery).getByText('Which of these are part of how you release today?')).toBeTruthy();
    expect(within(delivery).getByText('Describe your last release.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Direction and alignment/ })).toBeNull();

    click('button', 'Answer in Delivery');
    expect(await screen.findByRole('heading', { name: 'Delivery' })).toBeTruthy();
  });

  it('submits after confirmation with an idempotency key, replays it on retry, then thanks the respondent', async () => {
    let submits = 0;
    const api = stubApi({
      invitation: ok({ invitationByToken: invitation(draft({ questionId: 'q1', scale: 5, choices: null, text: null, dontKnow: null })) }),
      submit: () => (++submits === 1 ? 'network-down' : ok({ submitResponse: receipt('SUBMITTED', '2031-03-02T09:20:00.000Z') })),
    });
    renderPage('?step=review');
    await screen.findByRole('heading', { name: 'Review and submit' });
    click('button', 'Submit answers');
    const dialog = await screen.findByRole('dialog', { name: 'Submit your answers?' });
    expect(within(dialog).getByText(/cannot be changed/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText(/couldn’t reach Orchestra/)).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Thank you, Sam' })).toBeTruthy();
    const [first, second] = api.of('submitResponse');
    expect(first!.variables).toEqual({ token: TOKEN, answers: [{ questionId: 'q1', scale: 5 }], idempotencyKey: expect.any(String) });
    expect((first!.variables['idempotencyKey'] as string).length).toBeGreaterThan(10);
    expect(second!.variables['idempotencyKey']).toBe(first!.variables['idempotencyKey']);
    expect(screen.queryByRole('button', { name: /Submit/ })).toBeNull();
  });

  it('shows the thank-you page, read-only answers behind it, when the link is opened after submission', async () => {
    const answers = [{ questionId: 'q1', scale: 3, choices: null, text: null, dontKnow: null }];
    const api = stubApi({ invitation: ok({ invitationByToken: invitation({ status: 'SUBMITTED', submittedAt: '2031-03-02T09:20:00.000Z', answers }) }) });
    renderPage('?step=1');
    expect(await screen.findByRole('heading', { name: 'Thank you, Sam' })).toBeTruthy();
    click('button', 'Look over your answers');
    await screen.findByRole('heading', { name: 'Direction and alignment' });
    expect(radio('The broad strokes').checked).toBe(true);
    expect(radio('Only vaguely').disabled).toBe(true);
    expect(api.of('saveResponseDraft')).toHaveLength(0);
  });

  it.each([
    ['NOT_FOUND', 'TOKEN_UNKNOWN', 'This link doesn’t work'],
    ['FORBIDDEN', 'TOKEN_EXPIRED', 'This link has expired'],
    ['CONFLICT', 'ASSESSMENT_CLOSED', 'This assessment is closed'],
    ['RATE_LIMITED', undefined, 'Please wait a moment'],
  ])('explains a %s %s link in plain words', async (code, reason, heading) => {
    stubApi({ invitation: failure(code, reason, 'This invitation link expired on 2031-01-01: ask your consultant to send it again.') });
    renderPage();
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    expect(screen.queryByText(/TOKEN_|FORBIDDEN|NOT_FOUND/)).toBeNull();
  });

  it('offers a retry when the server cannot be reached', async () => {
    let loads = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        if (++loads === 1) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify(ok({ invitationByToken: invitation() })));
      }),
    );
    renderPage();
    expect(await screen.findByRole('heading', { name: 'We can’t reach Orchestra' })).toBeTruthy();
    click('button', 'Try again');
    expect(await screen.findByRole('heading', { name: 'Engineering assessment' })).toBeTruthy();
    expect(loads).toBe(2);
  });
});
