/**
 * Gate: egress-check — prove (probe), record (audit) or enforce (enforce) default-deny network
 * egress for a CI job, and re-check in the post step (or operation: report) that the policy is
 * still in place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import { readRegularFileChunks } from '../../core/read-file.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding } from '../../core/result.js';
import { RUNNER_ENDPOINTS } from '../../egress/defaults.js';
import type { QueryLogEntry } from '../../egress/dns-filter.js';
import { probeAll, type ProbeResult, type ProbeTarget } from '../../egress/probe.js';
import { listCountedSet, nameservers, processAlive, type SetElement } from '../../egress/system.js';
import {
  allowedFinding,
  deniedFinding,
  RULES,
  unlistedFinding,
  withNames,
  type AuditEntry
} from './findings.js';
import {
  installPolicy,
  readState,
  recheckPolicy,
  removePolicy,
  stateFile,
  type PolicyState,
  type Recheck
} from './policy.js';
import { buildTargets } from './targets.js';

export { RULES };

export type Operation = 'probe' | 'audit' | 'enforce' | 'report';

export interface ProbeRow extends ProbeResult {
  expect: 'denied' | 'allowed';
  ok: boolean;
}

export interface EgressEvidence {
  operation: Operation;
  /** Probe rows: destination × verdict × timing. */
  probes?: ProbeRow[];
  dnsServers?: string[];
  skippedDefaults?: string[];
  allowlist?: string[];
  /** The exact ruleset installed (nft list table), for audit/enforce/report. */
  ruleset?: string;
  upstream?: string[];
  resolverPid?: number;
  recheck?: Recheck;
  /** Destinations recorded by the policy (audit: contacted; enforce: blocked). */
  recorded?: AuditEntry[];
  /** Names looked up that are not on the allowlist. */
  unlistedNames?: string[];
  removed?: boolean;
  stateFile?: string;
}

export function stateDirOf(ctx: GateContext): string {
  return join(ctx.tempDir, 'egress-check');
}

function dnsServersNow(): string[] {
  return existsSync('/etc/resolv.conf')
    ? nameservers(readFileSync('/etc/resolv.conf', 'utf8'))
    : [];
}

async function runProbes(
  denied: ProbeTarget[],
  allowed: ProbeTarget[],
  timeoutMs: number
): Promise<ProbeRow[]> {
  const servers = dnsServersNow();
  const results = await probeAll([...denied, ...allowed], {
    timeoutMs,
    dnsServers: servers.length ? servers : undefined
  });
  return results.map((r, i) => {
    const expect = i < denied.length ? 'denied' : 'allowed';
    return { ...r, expect, ok: expect === 'denied' ? !r.answered : r.outcome === 'connected' };
  });
}

/** A TCP reset the policy sent (counted in blocked4/6) is told apart from a remote host's refusal. */
function attributeResets(rows: ProbeRow[], blocked: SetElement[]): void {
  const keys = new Set(blocked.map((b) => `${b.address}|${b.proto}|${b.port}`));
  for (const row of rows) {
    for (const a of row.addresses) {
      if (a.outcome === 'refused' && keys.has(`${a.address}|tcp|${row.port}`)) {
        a.outcome = 'prohibited';
        a.detail = 'reset by the egress policy (counted in its blocked set)';
      }
    }
    if (row.outcome === 'refused' && row.addresses.some((a) => a.outcome === 'prohibited'))
      row.outcome = 'prohibited';
  }
}

function probeFindings(rows: ProbeRow[]): Finding[] {
  return rows
    .filter((r) => !r.ok)
    .map((r) => (r.expect === 'denied' ? deniedFinding(r) : allowedFinding(r)));
}

function outputsOf(rows: ProbeRow[], installed: boolean): Record<string, string> {
  return {
    'reachable-denied': JSON.stringify(
      rows.filter((r) => r.expect === 'denied' && !r.ok).map((r) => r.target)
    ),
    'unreachable-allowed': JSON.stringify(
      rows.filter((r) => r.expect === 'allowed' && !r.ok).map((r) => r.target)
    ),
    'policy-installed': String(installed)
  };
}

/** The resolver's query log grows with the job; past this it is not ours (or not sane). */
const MAX_QUERY_LOG_BYTES = 1024 * 1024 * 1024;

/** The resolver's NDJSON query log, streamed line by line through the shared reader. */
function readQueryLog(file: string | undefined): QueryLogEntry[] {
  if (!file || !existsSync(file)) return [];
  const out: QueryLogEntry[] = [];
  const take = (line: string): void => {
    if (!line.startsWith('{"t"')) return;
    try {
      out.push(JSON.parse(line) as QueryLogEntry);
    } catch {
      // a line cut short by a kill: ignore it
    }
  };
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  readRegularFileChunks(
    file,
    { maxBytes: MAX_QUERY_LOG_BYTES, what: 'the DNS query log' },
    (chunk) => {
      const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) take(line);
    }
  );
  take(rest + decoder.decode());
  return out;
}

async function recorded(
  state: PolicyState
): Promise<{ entries: AuditEntry[]; unlistedNames: string[] }> {
  const prefix = state.operation === 'enforce' ? 'blocked' : 'seen';
  const elements = [
    ...(await listCountedSet(state.table, `${prefix}4`)),
    ...(await listCountedSet(state.table, `${prefix}6`))
  ];
  const log = readQueryLog(state.queryLog);
  const byAddress = new Map<string, Set<string>>();
  for (const q of log) {
    for (const a of q.answers ?? []) {
      let s = byAddress.get(a);
      if (!s) byAddress.set(a, (s = new Set()));
      s.add(q.name);
    }
  }
  const unlistedNames = [...new Set(log.filter((q) => !q.allowed).map((q) => q.name))].sort();
  return { entries: withNames(elements, byAddress), unlistedNames };
}

function operationOf(inputs: Inputs, forced?: Operation): Operation {
  return forced ?? ((inputs.string('operation') ?? 'probe') as Operation);
}

async function evaluateProbe(
  inputs: Inputs,
  ctx: GateContext,
  operation: Operation
): Promise<Evaluation<EgressEvidence>> {
  const timeoutMs = inputs.number('timeout-ms') ?? 2000;
  const implicit =
    operation !== 'probe' && inputs.boolean('allow-runner-endpoints') ? RUNNER_ENDPOINTS : [];
  const t = buildTargets(inputs, implicit);
  if (operation !== 'audit' && t.denied.length === 0) {
    // No denied destination was probed, so nothing shows that egress is default-deny: a pass
    // here would be read as proof of something never tested.
    throw new GateError(
      t.skippedDefaults.length
        ? `no denied destination to probe: allowed-endpoints covers every default one (${t.skippedDefaults.join(', ')}), so nothing would show that egress is default-deny`
        : 'no denied destination to probe, so nothing would show that egress is default-deny',
      'List destinations the job must not reach in probe-denied, or narrow allowed-endpoints (it should not cover 0.0.0.0/0 or public registries you mean to block).'
    );
  }
  const evidence: EgressEvidence = {
    operation,
    allowlist: [...t.userEntries, ...implicit],
    skippedDefaults: t.skippedDefaults
  };
  let installed = false;
  let state: PolicyState | undefined;
  if (operation === 'audit' || operation === 'enforce') {
    state = await installPolicy({
      operation,
      allowlist: t.allowlist,
      entries: [...t.userEntries, ...implicit],
      dns: (inputs.string('dns') ?? 'allowlist') as 'allowlist' | 'system',
      ipv6: (inputs.string('ipv6') ?? 'block') as 'block' | 'allowlist',
      upstream: inputs.list('dns-upstream'),
      listen: inputs.list('dns-listen').length ? inputs.list('dns-listen') : ['127.0.0.1'],
      stateDir: stateDirOf(ctx),
      timeoutMs,
      log: ctx.log
    });
    installed = true;
    Object.assign(evidence, {
      ruleset: state.ruleset,
      upstream: state.upstream,
      resolverPid: state.resolverPid,
      stateFile: stateFile(stateDirOf(ctx))
    });
  }
  // audit blocks nothing, so probing denied destinations would only put them into the audit trail.
  const denied = operation === 'audit' ? [] : t.denied;
  const rows = await runProbes(denied, t.allowed, timeoutMs);
  if (state?.operation === 'enforce') {
    const blocked = [
      ...(await listCountedSet(state.table, 'blocked4')),
      ...(await listCountedSet(state.table, 'blocked6'))
    ];
    attributeResets(rows, blocked);
  }
  evidence.probes = rows;
  evidence.dnsServers = dnsServersNow();
  const findings = probeFindings(rows);
  const bad = rows.filter((r) => !r.ok);
  const what = operation === 'probe' ? 'probed' : `${operation} policy installed; probed`;
  const summary = bad.length
    ? `${bad.filter((r) => r.expect === 'denied').length} denied destination(s) reachable, ${bad.filter((r) => r.expect === 'allowed').length} allowed destination(s) unreachable (${what} ${rows.length})`
    : `${what} ${rows.length} destination(s): ${denied.length} denied blocked, ${t.allowed.length} allowed reachable`;
  return {
    verdict: bad.length ? 'fail' : 'pass',
    summary,
    findings,
    evidence,
    outputs: outputsOf(rows, installed)
  };
}

async function evaluateReport(
  inputs: Inputs,
  ctx: GateContext,
  file: string
): Promise<Evaluation<EgressEvidence>> {
  const state = readState(file);
  const check = await recheckPolicy(state, processAlive);
  const findings: Finding[] = check.problems.map((p) => ({
    rule: 'egress/policy-removed',
    severity: 'error',
    message: p,
    help: RULES[2].help
  }));
  const evidence: EgressEvidence = {
    operation: 'report',
    recheck: check,
    ruleset: state.ruleset,
    upstream: state.upstream,
    stateFile: file
  };
  let contacted = 0;
  if (check.installed) {
    const r = await recorded(state);
    evidence.recorded = r.entries;
    evidence.unlistedNames = r.unlistedNames;
    const blocking = state.operation === 'enforce';
    for (const e of r.entries) findings.push(unlistedFinding(e, blocking));
    contacted = blocking ? 0 : r.entries.length;
    for (const n of r.unlistedNames) {
      findings.push({
        rule: 'egress/unlisted-name',
        severity: 'note',
        message: `${n} is not on the allowlist: ${blocking ? 'refused at DNS' : 'resolved and recorded'}`,
        help: RULES[5].help
      });
    }
  }
  if (!inputs.boolean('keep-policy')) {
    await removePolicy(state, stateDirOf(ctx));
    evidence.removed = true;
  }
  const parts: string[] = [];
  if (check.problems.length) parts.push(`policy not intact: ${check.problems.length} problem(s)`);
  if (state.operation === 'audit')
    parts.push(`${contacted} destination(s) outside the allowlist contacted`);
  else
    parts.push(
      `${evidence.recorded?.length ?? 0} blocked destination(s), policy ${check.problems.length ? 'removed or changed' : 'intact'}`
    );
  const failed = check.problems.length > 0 || contacted > 0;
  return {
    verdict: failed ? 'fail' : 'pass',
    summary: `${state.operation} re-check: ${parts.join('; ')}`,
    findings,
    evidence,
    outputs: {
      'reachable-denied': '[]',
      'unreachable-allowed': '[]',
      'policy-installed': String(check.installed && check.unchanged)
    }
  };
}

/** The gate; `forced` and `state` are set by the post step. */
export function egressGate(forced?: Operation, stateFilePath?: string): Gate<EgressEvidence> {
  return {
    name: 'egress-check',
    rules: RULES,
    async evaluate(inputs, ctx) {
      const operation = operationOf(inputs, forced);
      if (operation === 'report')
        return evaluateReport(inputs, ctx, stateFilePath || stateFile(stateDirOf(ctx)));
      return evaluateProbe(inputs, ctx, operation);
    }
  };
}

export const egressCheck = egressGate();
