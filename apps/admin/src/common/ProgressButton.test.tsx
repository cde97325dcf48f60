import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProgressButton } from './ProgressButton';
import { useBusy } from './useBusy';

/** A button wired as the screens wire theirs: run(mutation) on click. */
const Probe = ({ mutation }: { mutation: () => Promise<unknown> }) => {
  const { busy, run } = useBusy();
  return (
    <ProgressButton busy={busy} onClick={() => void run(mutation)}>
      Publish
    </ProgressButton>
  );
};

describe('ProgressButton with useBusy', () => {
  it('is disabled and shows progress right after the click, sends once, and comes back with the answer', async () => {
    let answer!: () => void;
    const mutation = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    render(<Probe mutation={mutation} />);
    const button = screen.getByRole('button', { name: 'Publish' });
    expect(screen.queryByRole('progressbar')).toBeNull();

    fireEvent.click(button);
    // No waiting: the click's own render already shows it.
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('progressbar')).toBeTruthy();

    fireEvent.click(button);
    fireEvent.click(button);
    expect(mutation).toHaveBeenCalledTimes(1);

    answer();
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('ignores a second run before the first render, and is ready again after a failure', async () => {
    let fail!: (e: Error) => void;
    const mutation = vi.fn(() => new Promise<void>((_resolve, reject) => (fail = reject)));
    const Twice = () => {
      const { busy, run } = useBusy();
      // Both calls in one handler: the second comes before any re-render.
      const click = () => {
        void run(mutation).catch(() => undefined);
        void run(mutation).catch(() => undefined);
      };
      return (
        <ProgressButton busy={busy} onClick={click}>
          Close
        </ProgressButton>
      );
    };
    render(<Twice />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(mutation).toHaveBeenCalledTimes(1);
    fail(new Error('refused'));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Close' }) as HTMLButtonElement).disabled).toBe(false));
  });
});
