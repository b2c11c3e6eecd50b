/**
 * One place that decides whether a named value holds a credential: by value (the prefix, PEM,
 * AWS and JWT rules, also inside a base64 `Basic` pair or a base64 blob), by name, and by a
 * keyword-gated entropy rule. Every detection covers the whole credential in the value.
 */
import { ENTROPY_KEYWORDS, matchNameRule } from './name-rules.js';
import { isPlaceholder, looksRandom } from './entropy.js';
import type { JwtClaims } from './jwt.js';
import {
  matchValueRules,
  VALUE_RULES,
  valueRulesFor,
  widenToToken,
  type ValueMatch,
  type ValueRule
} from './value-rules.js';

export type DetectionKind = 'value' | 'name' | 'entropy' | 'library';

export interface Detection {
  rule: string;
  kind: DetectionKind;
  /** The credential's range in the value (whole, never a fragment). */
  start: number;
  end: number;
  claims?: JwtClaims;
  encoding?: 'base64';
}

const MIN_NAMED = 8;
/** Longest value decoded as base64 to look inside (a kubeconfig client-key-data is ~2–4 KiB). */
const MAX_DECODE = 64 * 1024;
const BASIC = /\b[Bb]asic\s+([A-Za-z0-9+/]{8,}={0,2})/g;
const BEARER = /\b[Bb]earer\s+([A-Za-z0-9._~+/-]{16,}=*)/g;
const BASE64_BLOB = /^[A-Za-z0-9+/]{40,}={0,2}$/;

function overlaps(list: Detection[], start: number, end: number): boolean {
  return list.some((d) => start < d.end && end > d.start);
}

function fromMatch(m: ValueMatch, kind: DetectionKind = 'value'): Detection {
  const d: Detection = { rule: m.rule, kind, start: m.start, end: m.end };
  if (m.claims) d.claims = m.claims;
  return d;
}

/** The most telling rule inside decoded text: a known format, else undefined. */
function inside(decoded: string): ValueMatch | undefined {
  return matchValueRules(decoded)[0];
}

function decodeBase64(text: string): string | undefined {
  if (text.length > MAX_DECODE) return undefined;
  const buf = Buffer.from(text, 'base64');
  // Printable text only: a random blob that happens to be base64 is not a credential by itself.
  const s = buf.toString('latin1');
  return /^[\t\n\r\x20-\x7e]*$/.test(s) ? s : undefined;
}

/**
 * What can match in a set of values (found once for all of them): the value rules with one of
 * their literals somewhere, and whether `asic` / `earer` occur at all (`[Bb]asic`, `[Bb]earer`).
 * Detecting with it finds what detecting without it finds.
 */
export interface DetectScope {
  rules: readonly ValueRule[];
  basic: boolean;
  bearer: boolean;
}

const EVERYTHING: DetectScope = { rules: VALUE_RULES, basic: true, bearer: true };

export function detectScopeFor(values: readonly string[]): DetectScope {
  const joined = values.join('\n');
  return {
    rules: valueRulesFor(values),
    basic: joined.includes('asic'),
    bearer: joined.includes('earer')
  };
}

/**
 * Credentials in `value`, stored under `name` (an environment variable or a file key). `scope`:
 * from `detectScopeFor` over a set of values holding this one.
 */
export function detect(name: string, value: string, scope: DetectScope = EVERYTHING): Detection[] {
  const out: Detection[] = matchValueRules(value, scope.rules).map((m) => fromMatch(m));

  for (const m of scope.basic ? value.matchAll(BASIC) : []) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (overlaps(out, start, end)) continue;
    const pair = decodeBase64(m[1]);
    const colon = pair?.indexOf(':') ?? -1;
    if (pair === undefined || colon < 0 || colon === pair.length - 1) continue;
    const inner = inside(pair.slice(colon + 1));
    out.push({
      rule: inner?.rule ?? 'basic-auth',
      kind: 'value',
      start,
      end,
      encoding: 'base64',
      ...(inner?.claims ? { claims: inner.claims } : {})
    });
  }
  for (const m of scope.bearer ? value.matchAll(BEARER) : []) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!overlaps(out, start, end)) out.push({ rule: 'bearer-token', kind: 'value', start, end });
  }

  const trimmed = value.trim();
  const lead = value.indexOf(trimmed);
  const whole = { start: lead, end: lead + trimmed.length };
  if (BASE64_BLOB.test(trimmed) && !overlaps(out, whole.start, whole.end)) {
    const decoded = decodeBase64(trimmed);
    const inner = decoded === undefined ? undefined : inside(decoded);
    if (inner) {
      out.push({
        rule: inner.rule,
        kind: 'value',
        ...whole,
        encoding: 'base64',
        ...(inner.claims ? { claims: inner.claims } : {})
      });
    }
  }
  if (out.length) return out.sort((a, b) => a.start - b.start);

  const byName = matchNameRule(name);
  if (byName && trimmed.length >= MIN_NAMED && !isPlaceholder(trimmed)) {
    return [{ rule: byName.id, kind: 'name', ...whole }];
  }
  if (ENTROPY_KEYWORDS.test(name) && looksRandom(trimmed)) {
    return [{ rule: 'generic-high-entropy', kind: 'entropy', ...whole }];
  }
  return [];
}

/** A library match (secretlint) widened to the whole token, unless a rule of ours has it. */
export function addLibraryMatch(
  found: Detection[],
  value: string,
  rule: string,
  start: number,
  end: number
): void {
  const [s, e] = widenToToken(value, Math.max(0, start), Math.min(value.length, end));
  if (e <= s || overlaps(found, s, e)) return;
  found.push({ rule, kind: 'library', start: s, end: e });
  found.sort((a, b) => a.start - b.start);
}
