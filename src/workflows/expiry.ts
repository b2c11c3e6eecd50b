/** Expiry dates of the workflow gates' exceptions (allowlist entries, policy exceptions). */

/** `YYYY-MM-DD` naming a day that exists (2026-02-30 and 2026-13-01 do not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** The `expires` day (UTC) has ended at `now`, or it is not a real calendar date. */
export function isExpired(expires: string, now: Date): boolean {
  if (!isCalendarDate(expires)) return true;
  return now.getTime() > Date.parse(`${expires}T23:59:59.999Z`);
}
