/**
 * Gate: secretless — prove the job holds no long-lived credentials while it runs: the gate's
 * own environment, every readable `/proc/<pid>/environ` of the job's uid, and the files jobs
 * leave credentials in. Only allowed names and short-lived tokens (readable expiry within
 * max-token-ttl) may be present. Every credential is reported as `***<rule>:<sha256 prefix>***`
 * with its name and location, never its value.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { GateError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding } from '../../core/result.js';
import {
  DEFAULT_CREDENTIAL_FILES,
  expandPath,
  readCredentialPath,
  type CredentialFile
} from '../../secrets/credential-files.js';
import { entriesOf } from '../../secrets/environ.js';
import { fingerprint, placeholder } from '../../secrets/fingerprint.js';
import { LIBRARY_RULE_IDS } from '../../secrets/library-rules.js';
import { readComm, sweepProcesses, type ProcessRecord } from '../../secrets/process-sweep.js';
import { VALUE_RULES } from '../../secrets/value-rules.js';
import { NAME_RULES } from '../../secrets/name-rules.js';
import { scanEnvironments, scanFile, type EnvSource, type Hit, type Location } from './collect.js';
import { judge, OIDC_REQUEST_URL, type Decision, type Policy } from './policy.js';
import { redactDeep } from './redact-deep.js';
import { R, RULES } from './rules.js';

export { RULES } from './rules.js';
export { DEFAULT_CREDENTIAL_FILES };

const MiB = 1024 * 1024;
/** Linux allows argv + envp up to a quarter of the stack limit; 64 MiB covers `ulimit -s` 256M. */
const MAX_ENVIRON = 64 * MiB;
const FILE_LIMITS = { maxFileBytes: 64 * MiB, maxFiles: 2000, maxDepth: 6 };
const MAX_LOCATIONS = 20;
const MAX_LISTED = 50;

export interface CredentialRecord {
  rule: string;
  fingerprint: string;
  redacted: string;
  name: string;
  kind: string;
  outcome: Decision['outcome'];
  reason: string;
  issuer?: string;
  ttlSeconds?: number;
  expires?: string;
  encoding?: string;
  seen: number;
  locations: string[];
}

export interface SecretlessEvidence {
  uid: number;
  policy: {
    allowNames: string[];
    maxTokenTtlSeconds: number;
    tokenIssuers: string[];
    onUnreadable: string;
  };
  rules: { own: string[]; names: string[]; library: string[] };
  self: { entries: number };
  processes: {
    swept: boolean;
    seen: number;
    read: number;
    unreadable: number;
    exited: number;
    otherUid: number;
    tooLarge: number;
    bytes: number;
    binaryEntries: number;
    malformedEntries: number;
    unreadableList: { pid: number; comm: string; reason: string }[];
    otherUids: Record<string, number>;
  };
  entries: { total: number; distinct: number };
  files: { path: string; status: string; bytes?: number; reason?: string }[];
  credentials: CredentialRecord[];
  counts: { failing: number; allowed: number; shortLived: number; expired: number };
  timingsMs: { processes: number; files: number; detect: number };
}

function where(loc: Location): string {
  if (loc.kind === 'self') return "the gate's environment";
  if (loc.kind === 'process') {
    if (loc.comm === '?') loc.comm = readComm(loc.pid);
    return `pid ${loc.pid} (${loc.comm})`;
  }
  return `${loc.file}:${loc.line}:${loc.column}`;
}

function policyOf(inputs: Inputs): Policy {
  return {
    allowNames: new Set(inputs.list('allow-names')),
    maxTokenTtlSeconds: Math.round((inputs.duration('max-token-ttl') ?? 0) / 1000),
    tokenIssuers: inputs.list('token-issuers')
  };
}

const TITLES = new Map<string, string>([
  ...VALUE_RULES.map((r) => [r.id, r.title] as [string, string]),
  ...NAME_RULES.map((r) => [r.id, r.title] as [string, string]),
  ['basic-auth', 'HTTP Basic credential (base64 user:password)'],
  ['bearer-token', 'bearer token'],
  ['generic-high-entropy', 'random value under a credential-like name (entropy)']
]);
const titleOf = (rule: string) =>
  TITLES.get(rule) ?? (rule.startsWith('secretlint/') ? `${rule.slice(11)} credential` : rule);

export const secretless: Gate<SecretlessEvidence> = {
  name: 'secretless',
  rules: RULES,
  async evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation<SecretlessEvidence>> {
    const uid = process.getuid?.();
    if (uid === undefined) {
      throw new GateError(
        'secretless needs a Linux runner (process uids and /proc); this platform has neither',
        'Run the gate on a Linux job.'
      );
    }
    const policy = policyOf(inputs);
    const onUnreadable = inputs.string('on-unreadable') ?? 'error';
    const nowSeconds = ctx.now().getTime() / 1000;
    const sources: EnvSource[] = [];
    const selfEntries = entriesOf(ctx.env);
    sources.push({
      location: { kind: 'self' },
      entries: selfEntries,
      names: new Set(selfEntries.map((e) => e.name))
    });

    // Processes.
    const t0 = performance.now();
    const swept = inputs.boolean('processes');
    let records: ProcessRecord[] = [];
    if (swept) {
      if (!existsSync('/proc/self/environ')) {
        throw new GateError(
          '/proc is not mounted: the processes of the job cannot be read',
          'Run on a Linux runner with /proc, or set processes: false.'
        );
      }
      records = sweepProcesses({ uid, skip: new Set([process.pid]), maxBytes: MAX_ENVIRON });
    }
    const proc: SecretlessEvidence['processes'] = {
      swept,
      seen: records.length,
      read: 0,
      unreadable: 0,
      exited: 0,
      otherUid: 0,
      tooLarge: 0,
      bytes: 0,
      binaryEntries: 0,
      malformedEntries: 0,
      unreadableList: [],
      otherUids: {}
    };
    for (const r of records) {
      if (r.status === 'read') {
        proc.read++;
        proc.bytes += r.bytes ?? 0;
        proc.binaryEntries += r.binaryEntries ?? 0;
        proc.malformedEntries += r.malformedEntries ?? 0;
        const entries = r.entries ?? [];
        sources.push({
          location: { kind: 'process', pid: r.pid, comm: r.comm },
          entries,
          names: new Set(entries.map((e) => e.name))
        });
      } else if (r.status === 'exited') proc.exited++;
      else if (r.status === 'other-uid') {
        proc.otherUid++;
        const k = String(r.uid ?? '?');
        proc.otherUids[k] = (proc.otherUids[k] ?? 0) + 1;
      } else {
        if (r.status === 'too-large') proc.tooLarge++;
        else proc.unreadable++;
        if (proc.unreadableList.length < MAX_LISTED)
          proc.unreadableList.push({ pid: r.pid, comm: r.comm, reason: r.reason ?? r.status });
      }
    }
    const tProc = performance.now() - t0;

    // Files.
    const t1 = performance.now();
    const home = ctx.env.HOME;
    const files: CredentialFile[] = [];
    for (const given of inputs.list('files')) {
      let path: string;
      try {
        path = expandPath(given, home, ctx.workspace);
      } catch (err) {
        throw new GateError(
          `files: ${(err as Error).message}`,
          'Set HOME, or name the file by its path.'
        );
      }
      files.push(...readCredentialPath(given, path, FILE_LIMITS));
    }
    const tFiles = performance.now() - t1;

    // Detection.
    const t2 = performance.now();
    const library = inputs.boolean('library-rules');
    const env = await scanEnvironments(sources, library);
    const hits: Hit[] = [...env.hits];
    for (const f of files) {
      if (f.status !== 'read' || !f.text) continue;
      const rel = relative(ctx.workspace, f.path);
      const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : f.shown;
      hits.push(...(await scanFile(shown, f.text, library)));
      delete f.text;
    }
    const tDetect = performance.now() - t2;

    // Judge and aggregate: one record per (name, rule, value).
    const records2 = new Map<
      string,
      CredentialRecord & { file?: Location; decisionRule: string }
    >();
    const secrets = new Map<string, string>();
    for (const h of hits) {
      const fp = fingerprint(h.secret);
      const key = `${h.name}\u0000${h.detection.rule}\u0000${fp}`;
      secrets.set(h.secret, placeholder(h.detection.rule, h.secret));
      const existing = records2.get(key);
      const locs = h.locations.map(where);
      if (existing) {
        existing.seen += h.locations.length;
        for (const l of locs)
          if (existing.locations.length < MAX_LOCATIONS) existing.locations.push(l);
        continue;
      }
      // The OIDC pair is allowed only where the URL is set beside the token.
      const fromEnv = h.envs.length > 0;
      const envNames = fromEnv
        ? new Set(h.envs.every((n) => n.has(OIDC_REQUEST_URL)) ? [OIDC_REQUEST_URL] : [])
        : undefined;
      const decision = judge(policy, h.name, h.detection.claims, nowSeconds, envNames, {
        rule: h.detection.rule,
        secret: h.secret
      });
      const rec: CredentialRecord & { file?: Location; decisionRule: string } = {
        decisionRule: decision.rule,
        rule: h.detection.rule,
        fingerprint: fp,
        redacted: placeholder(h.detection.rule, h.secret),
        name: h.name,
        kind: h.detection.kind,
        outcome: decision.outcome,
        reason: decision.reason,
        seen: h.locations.length,
        locations: locs.slice(0, MAX_LOCATIONS)
      };
      if (h.detection.claims?.iss) rec.issuer = h.detection.claims.iss;
      if (h.detection.claims?.exp !== undefined)
        rec.expires = new Date(h.detection.claims.exp * 1000).toISOString();
      if ('ttlSeconds' in decision && decision.ttlSeconds !== undefined)
        rec.ttlSeconds = Math.round(decision.ttlSeconds);
      if (h.detection.encoding) rec.encoding = h.detection.encoding;
      if (h.locations[0]?.kind === 'file') rec.file = h.locations[0];
      records2.set(key, rec);
    }

    const findings: Finding[] = [];
    const credentials: CredentialRecord[] = [];
    const counts = { failing: 0, allowed: 0, shortLived: 0, expired: 0 };
    for (const rec of records2.values()) {
      const { file, decisionRule, ...clean } = rec;
      credentials.push(clean);
      if (rec.outcome === 'fail') counts.failing++;
      else if (rec.outcome === 'allowed') counts.allowed++;
      else if (rec.outcome === 'short-lived') counts.shortLived++;
      else counts.expired++;
      const more = rec.seen > 1 ? ` and ${rec.seen - 1} more place(s)` : '';
      const f: Finding = {
        rule: decisionRule,
        severity: rec.outcome === 'fail' ? 'error' : 'note',
        message: `${rec.name || '(a value without a name)'} holds a ${titleOf(rec.rule)} ${rec.redacted} in ${rec.locations[0]}${more}: ${rec.reason}`
      };
      if (file?.kind === 'file') {
        f.file = file.file;
        f.line = file.line;
        f.column = file.column;
      }
      findings.push(f);
    }

    // What could not be read.
    let incomplete = false;
    const sev = onUnreadable === 'warn' ? 'warning' : 'error';
    if (proc.unreadable) {
      incomplete ||= sev === 'error';
      const list = proc.unreadableList
        .filter((p) => p.reason !== 'too-large')
        .slice(0, 10)
        .map((p) => `pid ${p.pid} (${p.comm}): ${p.reason}`)
        .join('; ');
      findings.push({
        rule: R.unreadable,
        severity: sev,
        message: `${proc.unreadable} process(es) of uid ${uid} could not be read, so what they hold is unknown: ${list}`
      });
    }
    if (proc.tooLarge) {
      incomplete = true;
      findings.push({
        rule: R.tooLarge,
        severity: 'error',
        message: `${proc.tooLarge} process environment(s) are larger than ${MAX_ENVIRON / MiB} MiB and were not scanned`
      });
    }
    if (swept && proc.read === 0) {
      incomplete = true;
      findings.push({
        rule: R.nothingRead,
        severity: 'error',
        message: `no other process of uid ${uid} could be read (${proc.seen} seen: ${proc.otherUid} of other uids, ${proc.unreadable} unreadable, ${proc.exited} exited): nothing proves the job holds no credentials`
      });
    }
    for (const f of files) {
      if (f.status === 'read' || f.status === 'absent') continue;
      incomplete = true;
      findings.push({
        rule: f.status === 'truncated' ? R.fileLimit : R.fileUnreadable,
        severity: 'error',
        message:
          f.status === 'truncated'
            ? `${f.shown} holds more than ${FILE_LIMITS.maxFiles} files: only the first ${FILE_LIMITS.maxFiles} were scanned`
            : `${f.shown} could not be scanned: ${f.status}${f.reason ? ` (${f.reason})` : ''}`
      });
    }
    const evidence: SecretlessEvidence = {
      uid,
      policy: {
        allowNames: [...policy.allowNames],
        maxTokenTtlSeconds: policy.maxTokenTtlSeconds,
        tokenIssuers: [...policy.tokenIssuers],
        onUnreadable
      },
      rules: {
        own: VALUE_RULES.map((r) => r.id).concat([
          'basic-auth',
          'bearer-token',
          'generic-high-entropy'
        ]),
        names: NAME_RULES.map((r) => r.id),
        library: library ? LIBRARY_RULE_IDS : []
      },
      self: { entries: selfEntries.length },
      processes: proc,
      entries: { total: env.entries, distinct: env.distinct },
      files: files.map((f) => {
        const o: SecretlessEvidence['files'][number] = { path: f.shown, status: f.status };
        if (f.bytes !== undefined) o.bytes = f.bytes;
        if (f.reason) o.reason = f.reason;
        return o;
      }),
      credentials,
      counts,
      timingsMs: {
        processes: Math.round(tProc * 10) / 10,
        files: Math.round(tFiles * 10) / 10,
        detect: Math.round(tDetect * 10) / 10
      }
    };
    const help = new Map(RULES.map((r) => [r.id, r.help]));
    for (const f of findings) f.help ??= help.get(f.rule);
    const verdict = counts.failing ? 'fail' : incomplete ? 'error' : 'pass';
    const scanned = `${proc.read} process(es), the gate's environment and ${files.filter((f) => f.status === 'read').length} file(s)`;
    const summary =
      verdict === 'fail'
        ? `${counts.failing} long-lived credential(s) present in ${scanned}`
        : verdict === 'error'
          ? `could not prove the job secretless: ${findings.filter((f) => f.severity === 'error').length} source(s) could not be read (${scanned} checked, no credential found)`
          : `no long-lived credential in ${scanned} (${counts.allowed} allowed, ${counts.shortLived} short-lived, ${counts.expired} expired)`;
    const evaluation: Evaluation<SecretlessEvidence> = {
      verdict,
      summary,
      findings,
      evidence,
      outputs: {
        credentials: String(counts.failing),
        allowed: String(counts.allowed + counts.shortLived),
        'processes-read': String(proc.read),
        'processes-unreadable': String(proc.unreadable + proc.tooLarge)
      }
    };
    // Belt and braces: no detected value, in any encoding, survives anywhere in the result.
    return redactDeep(evaluation, secrets);
  }
};
