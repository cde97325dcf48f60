/**
 * Money is stored in integer minor units with an ISO currency (the contract's `…Minor` fields);
 * people type and read major units. The number of decimals comes from the currency (EUR 2, JPY 0).
 */

const DIGITS = new Map<string, number>();

/** Decimals of a currency's minor unit (2 when the browser does not know the code). */
export function minorDigits(currency: string | null | undefined): number {
  const code = (currency ?? '').toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return 2;
  let digits = DIGITS.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    DIGITS.set(code, digits);
  }
  return digits;
}

/** 650.5 EUR → 65050; null and non-numbers stay null. */
export function toMinor(major: number | string | null | undefined, currency: string | null | undefined): number | null {
  if (major === null || major === undefined || major === '') return null;
  const n = typeof major === 'number' ? major : Number(major);
  if (!Number.isFinite(n)) return null;
  return Math.round(n * 10 ** minorDigits(currency));
}

/** 65050 EUR → 650.5; null stays null. */
export function toMajor(minor: number | null | undefined, currency: string | null | undefined): number | null {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return null;
  const digits = minorDigits(currency);
  return Number((minor / 10 ** digits).toFixed(digits));
}

/** 65050, "EUR" → "€650.50"; null → "—". */
export function formatMoney(minor: number | null | undefined, currency: string | null | undefined): string {
  const major = toMajor(minor, currency);
  if (major === null) return '—';
  const code = (currency ?? '').toUpperCase();
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: code, maximumFractionDigits: minorDigits(code) }).format(major);
  } catch {
    return `${major} ${code}`.trim();
  }
}

/** A band "€600 – €750" (either end may be open). */
export function formatMoneyRange(min: number | null | undefined, max: number | null | undefined, currency: string | null | undefined): string {
  if (min == null && max == null) return '—';
  if (min == null) return `up to ${formatMoney(max, currency)}`;
  if (max == null) return `from ${formatMoney(min, currency)}`;
  return `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
}

/** The ISO currencies this browser knows, for the currency picker. */
export const CURRENCY_CHOICES = (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'GBP', 'USD', 'CHF']).map((id) => ({
  id,
  name: id,
}));
