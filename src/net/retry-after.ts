/** `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date, as milliseconds from now. */
export function retryAfterMs(
  value: string | null | undefined,
  now = Date.now()
): number | undefined {
  if (!value) return undefined;
  const s = Number(value.trim());
  if (value.trim() !== '' && Number.isFinite(s) && s >= 0) return s * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
