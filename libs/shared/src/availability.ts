/**
 * A candidate's free allocation over time, net of their placements (the step function the
 * availability timeline draws; matching computes the same in SQL for one role's window).
 */
import { addDays } from './dates.js';

/** A booked span: `YYYY-MM-DD` days, the end inclusive (null = open-ended), allocation in %. */
export interface BookedSpan {
  startDate: string;
  endDate: string | null;
  allocation: number;
}

/** From `from` to `to` inclusive (null = on and on), `free` % is not booked. */
export interface FreeSegment {
  from: string;
  to: string | null;
  free: number;
}

/**
 * The free allocation from `from` on, as segments where it is constant: 0 before `availableFrom`,
 * then `allocation` minus every placement covering the day (never below 0). Adjacent segments
 * with the same value are merged; the last one is open-ended.
 */
export function freeAllocationSegments(allocation: number, availableFrom: string, placements: readonly BookedSpan[], from: string): FreeSegment[] {
  const days = new Set<string>([from]);
  const add = (day: string) => {
    if (day > from) days.add(day);
  };
  add(availableFrom);
  for (const p of placements) {
    add(p.startDate);
    if (p.endDate) add(addDays(p.endDate, 1));
  }
  const bounds = [...days].sort();
  const freeOn = (day: string): number => {
    if (day < availableFrom) return 0;
    const booked = placements.filter((p) => p.startDate <= day && (p.endDate === null || p.endDate >= day)).reduce((sum, p) => sum + p.allocation, 0);
    return Math.max(0, allocation - booked);
  };
  const segments: FreeSegment[] = [];
  bounds.forEach((day, i) => {
    const free = freeOn(day);
    const next = bounds[i + 1];
    const to = next ? addDays(next, -1) : null;
    const last = segments[segments.length - 1];
    if (last && last.free === free) last.to = to;
    else segments.push({ from: day, to, free });
  });
  return segments;
}
