import { enumLabel, ShortlistAnswer } from '@orchestra/shared';
import { formatDate } from '../common/DateField';

/** A profile's answer in one line: "Interview requested: 12 January 2027 at 10:00, …" / "Declined: Budget — Above our band". */
export function answerText(p: { answer?: string | null; reason?: string | null; note?: string | null; slots?: readonly string[] | null }): string {
  if (!p.answer) return 'Not answered yet';
  const head = enumLabel('ShortlistAnswer', p.answer);
  if (p.answer === ShortlistAnswer.INTERESTED) {
    const times = (p.slots ?? []).map((s) => formatDate(s, true)).join('; ');
    return [head, times, p.note?.trim()].filter(Boolean).join(' · ');
  }
  const why = [p.reason ? enumLabel('ShortlistReason', p.reason) : null, p.note?.trim() || null].filter(Boolean).join(' — ');
  return why ? `${head}: ${why}` : head;
}
