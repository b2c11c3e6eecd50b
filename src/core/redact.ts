/**
 * Keeps secrets out of logs, outputs and reports, in every encoding a credential takes on the
 * wire: the value itself, URL-encoded, JSON-escaped, base64 (standard and URL-safe) — also as
 * part of a longer base64 text such as `Basic base64(user:pass)` — and any token fetched with it
 * (registered at run time through `registerSecret`).
 *
 * Redaction applies to free text only. The fields a decision is made of (`verdict`, `mode`,
 * `schema`, `gate`, a finding's `rule` and `severity`) are never rewritten, so a secret that
 * happens to equal `pass` or `enforce` cannot change what a result says.
 */
import { mapFindings } from './lazy-findings.js';
import type { Finding, GateResult } from './result.js';

const TOKEN_PATTERNS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key ids
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs (OIDC and registry tokens)
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
/**
 * Text none of TOKEN_PATTERNS can match: each starts with one of these literals. One scan for
 * all of them instead of one per pattern (a result of 100,000 findings redacts every message).
 */
const TOKEN_PREFIXES = /gh[pousr]_|github_pat_|AKIA|eyJ|-----BEGIN /;

/** Shorter values are not registered: they would redact ordinary words. */
const MIN_SECRET = 4;
/** A base64 fragment shorter than this is too likely to occur by chance. */
const MIN_BASE64_FRAGMENT = 6;

function base64Variants(b64: string): string[] {
  const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
  return [b64, b64.replace(/=+$/, ''), url, url.replace(/=+$/, '')];
}

/**
 * The base64 characters that encode only bytes of `value`, whatever precedes it: for each of
 * the three alignments a prefix can give it (`user:` in `user:pass`), the run of output
 * characters whose 6 bits all come from the value.
 */
function embeddedBase64(value: Buffer): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const text = Buffer.concat([Buffer.alloc(k), value]).toString('base64');
    const first = Math.ceil((8 * k) / 6);
    const end = Math.floor((8 * (k + value.length)) / 6);
    const core = text.slice(first, end);
    if (core.length >= MIN_BASE64_FRAGMENT) out.push(core);
  }
  return out;
}

/**
 * Forms already worked out, by value: an Actions run registers each secret input more than once
 * (masked as given, then again as a parsed input), and working the forms out is not free at start.
 */
const formsOf = new Map<string, readonly string[]>();

/** `value` and the forms it takes when encoded for a URL, JSON, a header or base64. */
export function secretForms(value: string): string[] {
  let forms = formsOf.get(value);
  if (!forms) {
    forms = computeSecretForms(value);
    if (formsOf.size >= 256) formsOf.clear();
    formsOf.set(value, forms);
  }
  return [...forms];
}

function computeSecretForms(value: string): string[] {
  const forms = new Set<string>([value]);
  const url = encodeURIComponent(value);
  forms.add(url);
  forms.add(url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  forms.add(url.replace(/%20/g, '+'));
  // What escape()/form encoders leave alone and encodeURIComponent does not (e.g. `!'()*`).
  forms.add(url.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  forms.add(JSON.stringify(value).slice(1, -1));
  const bytes = Buffer.from(value, 'utf8');
  for (const b of base64Variants(bytes.toString('base64'))) forms.add(b);
  for (const core of embeddedBase64(bytes)) {
    for (const b of base64Variants(core)) forms.add(b);
  }
  return [...forms].filter((f) => f.length >= MIN_SECRET);
}

const runtimeSecrets = new Set<string>();
let runtimeVersion = 0;
const listeners = new Set<(form: string) => void>();

/**
 * Register a secret learnt during the run — a bearer token a registry's token service handed
 * out, a password read from a credentials helper. Every Redactor of the process redacts it (and
 * its encodings) from then on, and the Actions adapter masks it in the runner log.
 */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < MIN_SECRET) return;
  for (const form of secretForms(value)) {
    if (runtimeSecrets.has(form)) continue;
    runtimeSecrets.add(form);
    runtimeVersion++;
    for (const l of listeners) l(form);
  }
}

/** Be told of every form `registerSecret` adds (the Actions adapter calls `core.setSecret`). */
export function onSecretRegistered(listener: (form: string) => void): () => void {
  listeners.add(listener);
  for (const form of runtimeSecrets) listener(form);
  return () => listeners.delete(listener);
}

/** Result fields that are enums or identifiers of the hub, never free text. */
const RESULT_FIXED = new Set(['schema', 'gate', 'verdict', 'mode', 'startedAt', 'durationMs']);
const FINDING_FIXED = new Set(['rule', 'severity', 'line', 'column']);

/** `o[key] = value` as an own field, `__proto__` included (as JSON.parse makes it). */
function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

export class Redactor {
  private readonly secrets = new Set<string>();
  /** Longest first, so a secret inside a longer one cannot leave the rest behind. */
  private sorted: string[] = [];
  private sortedSize = -1;
  private sortedVersion = -1;

  private needles(): string[] {
    if (this.secrets.size !== this.sortedSize || runtimeVersion !== this.sortedVersion) {
      this.sorted = [...new Set([...this.secrets, ...runtimeSecrets])].sort(
        (a, b) => b.length - a.length
      );
      this.sortedSize = this.secrets.size;
      this.sortedVersion = runtimeVersion;
    }
    return this.sorted;
  }

  /**
   * Register a secret value and its encodings; short values are ignored (they would redact
   * ordinary words). Returns the forms registered, for the runner's log masking.
   */
  add(value: string | undefined): string[] {
    if (!value || value.length < MIN_SECRET) return [];
    const forms = secretForms(value);
    for (const f of forms) this.secrets.add(f);
    return forms;
  }

  /** Register a user name and password as they travel together (`Basic base64(user:pass)`). */
  addCredential(user: string | undefined, password: string | undefined): string[] {
    if (!password || password.length < MIN_SECRET) return [];
    const forms = this.add(password);
    const pair = `${user ?? ''}:${password}`;
    for (const f of [
      ...base64Variants(Buffer.from(pair, 'utf8').toString('base64')),
      `${encodeURIComponent(user ?? '')}:${encodeURIComponent(password)}`
    ]) {
      this.secrets.add(f);
      forms.push(f);
    }
    return forms;
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.needles()) {
      if (out.includes(s)) out = out.split(s).join('***');
    }
    if (TOKEN_PREFIXES.test(out)) for (const re of TOKEN_PATTERNS) out = out.replace(re, '***');
    return out;
  }

  /** Redact every string (and object key) inside a JSON-able value. */
  redactValue<T>(value: T): T {
    return this.walk(value) as T;
  }

  /** Redact a gate result's free text; its verdict, mode and rule ids are left as they are. */
  redactResult<R extends GateResult>(result: R): R {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(result)) {
      if (RESULT_FIXED.has(k)) out[k] = v;
      else if (k === 'findings' && Array.isArray(v)) out[k] = this.redactFindings(v as Finding[]);
      else out[k] = this.walk(v);
    }
    return out as R;
  }

  /**
   * Each finding as it is when redaction changes none of its text, else a copy with the changed
   * fields: a run with 100,000 findings holds them once, not twice. A help or a file path is
   * shared by many findings, so each distinct one is redacted once.
   */
  private redactFindings(findings: Finding[]): Finding[] {
    const shared = new Map<string, string>();
    const text = (key: string, value: string): string => {
      if (key !== 'help' && key !== 'file') return this.redact(value);
      let r = shared.get(value);
      if (r === undefined) shared.set(value, (r = this.redact(value)));
      return r;
    };
    // A lazy list (src/core/lazy-findings.ts) stays lazy: each finding is redacted as it is read.
    return mapFindings(findings, (f) => {
      const fields = f as unknown as Record<string, unknown>;
      let copy: Record<string, unknown> | undefined;
      for (const key of Object.keys(fields)) {
        if (FINDING_FIXED.has(key)) continue;
        const value = fields[key];
        const red = typeof value === 'string' ? text(key, value) : this.walk(value);
        if (red !== value) (copy ??= { ...fields })[key] = red;
      }
      return (copy ?? fields) as unknown as Finding;
    });
  }

  /**
   * `value` with every string (and key) redacted. A plain array or object none of whose text
   * changes is returned as it is, so a long evidence list is not copied for nothing; any other
   * object (a class instance, whose JSON form may come from its prototype) is copied field by
   * field, as JSON would see its own fields.
   */
  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        const r = this.walk(v);
        if (out) out.push(r);
        else if (r !== v) (out = value.slice(0, i)).push(r);
      }
      return out ?? value;
    }
    if (value && typeof value === 'object') {
      const proto: unknown = Object.getPrototypeOf(value);
      const plain = proto === Object.prototype || proto === null;
      let out: Record<string, unknown> | undefined = plain ? undefined : {};
      const entries = Object.entries(value);
      for (let i = 0; i < entries.length; i++) {
        const [k, v] = entries[i];
        const rk = this.redact(k);
        const rv = this.walk(v);
        if (!out && (rk !== k || rv !== v)) {
          out = {};
          for (let j = 0; j < i; j++) setOwn(out, entries[j][0], entries[j][1]);
        }
        if (out) setOwn(out, rk, rv);
      }
      return out ?? value;
    }
    return value;
  }
}
