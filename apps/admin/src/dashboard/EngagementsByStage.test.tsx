import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, TestMemoryRouter } from 'react-admin';
import type { Location } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngagementStats } from '../providers/dataProvider';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { EngagementsByStage } from './EngagementsByStage';

// The API answers every stage in lifecycle order; this one is shuffled and misses some.
const BY_STAGE: EngagementStats['byStage'] = [
  { stage: 'DISCOVERY', count: 5 },
  { stage: 'LEAD', count: 3 },
  { stage: 'LOST', count: 1 },
];

function renderWidget() {
  const dataProvider = stubDataProvider({});
  dataProvider.getEngagementStats.mockResolvedValue({ data: { byStage: BY_STAGE, openByOwner: [], startedByMonth: [] } });
  let location: Location | undefined;
  const { container } = render(
    <TestMemoryRouter locationCallback={(l) => (location = l)}>
      <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(Role.CONSULTANT)}>
        <EngagementsByStage />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { container, dataProvider, location: () => location };
}

describe('EngagementsByStage', () => {
  // jsdom lays nothing out: give the chart's surface the width a browser would measure.
  beforeEach(() => {
    const computed = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      const style = computed(element, pseudo);
      if (!element.classList.contains('MuiChartsSurface-root')) return style;
      return new Proxy(style, { get: (target, key) => (key === 'width' ? '480px' : Reflect.get(target, key)) });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws a labelled bar per stage, in lifecycle order, with its count', async () => {
    const { container, dataProvider } = renderWidget();
    await screen.findByText('Discovery');
    expect(dataProvider.getEngagementStats).toHaveBeenCalledTimes(1);

    const stages = [...container.querySelectorAll('.MuiChartsAxis-directionY .MuiChartsAxis-tickLabel')].map((t) => t.textContent);
    expect(stages).toEqual(['Lead', 'Discovery', 'Assessing', 'Proposing', 'Active', 'Closed', 'Lost']);
    expect(container.querySelectorAll('.MuiBarChart-element')).toHaveLength(7);
    const counts = [...container.querySelectorAll('.MuiBarChart-label')].map((t) => t.textContent);
    expect(counts).toEqual(['3', '5', '0', '0', '0', '0', '1']);

    // Named and described for assistive technology.
    const chart = screen.getByLabelText('Engagements by stage');
    const description = document.getElementById(chart.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('Lead: 3, Discovery: 5, Assessing: 0, Proposing: 0, Active: 0, Closed: 0, Lost: 1');
  });

  it('opens the engagement list filtered on the stage of the activated bar', async () => {
    const { container, location } = renderWidget();
    await screen.findByText('Discovery');
    // Keyboard activation goes through the same onItemClick as a click (jsdom cannot place a pointer on a bar).
    const focusable = container.querySelector<HTMLElement>('.MuiChartsSurface-root [tabindex="0"]')!;
    focusable.focus();
    fireEvent.keyDown(focusable, { key: 'ArrowRight' });
    fireEvent.keyDown(focusable, { key: 'ArrowRight' });
    fireEvent.keyDown(focusable, { key: 'Enter' });
    await waitFor(() => expect(location()?.pathname).toBe('/Engagement'));
    expect(new URLSearchParams(location()!.search).get('filter')).toBe(JSON.stringify({ stage: 'DISCOVERY' }));
  });
});
