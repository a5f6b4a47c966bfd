/**
 * Partial ISO dates (2023, 2023-09, 2023-09-15). They are stored as written, so they export with
 * their precision, and compared as the first day of their period: padding with "-01-01" and
 * keeping ten characters turns any of them into a full date whose string order is date order.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real calendar date at year, month or day precision; false for 2024-02-30 or 2023-13. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The first day of the period, as YYYY-MM-DD: the form every comparison uses. */
export function firstDay(text: string): string {
  return `${text}-01-01`.slice(0, 10);
}

/** Today in UTC, the default `asOf`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
