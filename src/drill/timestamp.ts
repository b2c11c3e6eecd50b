/** RFC 3339 timestamps, read strictly: a date, a time and an explicit UTC offset. */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

export type Parsed = { ok: true; date: Date } | { ok: false; reason: string };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse an RFC 3339 date-time. Rejects what `Date.parse` would guess at: no offset, a date
 * alone, out-of-range fields (2026-02-30, 24:00:00). A leap second (:60) counts as :59.999.
 */
export function parseRfc3339(text: string): Parsed {
  const m = RFC3339.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      reason: `'${text}' is not an RFC 3339 date-time like 2026-11-20T03:00:00Z`
    };
  }
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  let second = Number(s);
  let ms = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
  if (month < 1 || month > 12)
    return { ok: false, reason: `'${text}': month ${mo} is out of range` };
  if (day < 1 || day > daysIn(year, month))
    return { ok: false, reason: `'${text}': day ${d} is out of range` };
  if (hour > 23 || minute > 59 || second > 60)
    return { ok: false, reason: `'${text}': time ${h}:${mi}:${s} is out of range` };
  if (!z && (Number(oh) > 23 || Number(om) > 59))
    return { ok: false, reason: `'${text}': offset ${sign}${oh}:${om} is out of range` };
  if (second === 60) {
    second = 59;
    ms = 999;
  }
  const offsetMin = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
  return { ok: true, date: new Date(utc) };
}

/** RFC 3339 in UTC, without milliseconds when they are zero. */
export function formatRfc3339(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}
