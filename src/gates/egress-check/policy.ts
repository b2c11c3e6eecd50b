/** Install, re-check and remove the egress policy; the state the post step reads. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hubRoot } from '../../core/hub-root.js';
import { GateError } from '../../core/errors.js';
import { readRegularTextFile } from '../../core/read-file.js';
import { parseStrictJson } from '../../core/strict-json.js';
import { Resolver } from 'node:dns/promises';
import type { Allowlist } from '../../egress/endpoints.js';
import { renderRuleset, TABLE } from '../../egress/nft-ruleset.js';
import {
  pointResolvConf,
  restoreResolvConf,
  type ResolvConfBackup
} from '../../egress/resolv-conf.js';
import type { ResolverConfig } from '../../egress/dns-filter.js';
import {
  chainsText,
  nft,
  startResolver,
  stopProcess,
  systemUpstream,
  tableExists
} from '../../egress/system.js';

/** The resolver's uid: a number no distribution hands out, so `meta skuid` matches only it. */
export const RESOLVER_UID = 64317;

export interface PolicyState {
  schema: 'ci-intel.egress-state.v1';
  operation: 'audit' | 'enforce';
  table: string;
  installedAt: string;
  dns: 'allowlist' | 'system';
  upstream: string[];
  resolverPid?: number;
  resolverDir?: string;
  queryLog?: string;
  resolvConf?: ResolvConfBackup;
  /** The chains as installed, to notice later changes. */
  chains: string;
  ruleset: string;
  endpoints: string[];
}

export interface InstallOptions {
  operation: 'audit' | 'enforce';
  allowlist: Allowlist;
  /** Every allowlist entry, including the runner's. */
  entries: string[];
  dns: 'allowlist' | 'system';
  ipv6: 'block' | 'allowlist';
  upstream: string[];
  listen: string[];
  stateDir: string;
  timeoutMs: number;
  resolvConfPath?: string;
  log: (m: string) => void;
}

export function stateFile(stateDir: string): string {
  return join(stateDir, 'state.json');
}

/** The state file holds a ruleset and a few lists; anything larger was not written by this gate. */
const MAX_STATE_BYTES = 8 * 1024 * 1024;

export function readState(file: string): PolicyState {
  if (!existsSync(file)) {
    throw new GateError(
      `no egress policy state at ${file}: operation audit or enforce did not run in this job (or RUNNER_TEMP changed)`,
      'Run egress-check with operation: audit or enforce first; the post step and operation: report read what it installed.'
    );
  }
  // The state decides what the post step re-checks: read it like any other input document.
  const doc = parseStrictJson(
    readRegularTextFile(file, { maxBytes: MAX_STATE_BYTES, what: 'the egress policy state' }),
    file
  );
  const state = (doc && typeof doc === 'object' ? doc : {}) as PolicyState;
  if (state.schema !== 'ci-intel.egress-state.v1')
    throw new GateError(`${file} is not an egress-check state file`);
  return state;
}

/** dns: system — resolve the allowed names once, now; a name that does not resolve is an error. */
async function hydrate(
  allowlist: Allowlist,
  ipv6: 'block' | 'allowlist',
  timeoutMs: number
): Promise<{ dyn4: string[]; dyn6: string[] }> {
  const wild = allowlist.wildcards();
  if (wild.length) {
    throw new GateError(
      `wildcard entries need dns: allowlist (their addresses are learnt as names resolve): ${wild.map((w) => w.raw).join(', ')}`,
      'Use dns: allowlist, or list the concrete names.'
    );
  }
  const resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
  const dyn4 = new Set<string>();
  const dyn6 = new Set<string>();
  for (const e of allowlist.names()) {
    let v4: string[];
    try {
      v4 = await resolver.resolve4(e.host);
    } catch (err) {
      throw new GateError(
        `allowed name ${e.host} did not resolve (${(err as NodeJS.ErrnoException).code}); the policy is not installed`,
        'Fix the name in allowed-endpoints or its DNS; this gate never falls back to an open policy.'
      );
    }
    for (const a of v4) dyn4.add(`${a} . ${e.port}`);
    if (ipv6 === 'allowlist') {
      const v6 = await resolver.resolve6(e.host).catch(() => [] as string[]);
      for (const a of v6) dyn6.add(`${a} . ${e.port}`);
    }
  }
  return { dyn4: [...dyn4], dyn6: [...dyn6] };
}

export async function installPolicy(o: InstallOptions): Promise<PolicyState> {
  if (process.platform !== 'linux') {
    throw new GateError(
      `operation ${o.operation} needs Linux with nftables (this is ${process.platform})`,
      'Use operation: probe on this platform.'
    );
  }
  mkdirSync(o.stateDir, { recursive: true });
  const upstream = o.upstream.length ? o.upstream : systemUpstream();
  if (!upstream.length) {
    throw new GateError(
      'no upstream DNS server found in /etc/resolv.conf',
      'Set dns-upstream to the DNS server the job should use.'
    );
  }
  // A previous install in this job: stop its resolver before replacing the policy.
  const previous = existsSync(stateFile(o.stateDir)) ? readState(stateFile(o.stateDir)) : undefined;
  if (previous?.resolverPid) await stopProcess(previous.resolverPid);

  const useResolver = o.dns === 'allowlist';
  const hydrated = useResolver
    ? { dyn4: [], dyn6: [] }
    : await hydrate(o.allowlist, o.ipv6, o.timeoutMs);
  const ruleset = renderRuleset({
    policy: o.operation,
    table: TABLE,
    addresses: o.allowlist.addresses(),
    upstream,
    resolverUid: useResolver ? RESOLVER_UID : undefined,
    ...hydrated
  });
  await nft(['-f', '-'], 'install the egress policy', ruleset);
  o.log(`egress-check: nft table inet ${TABLE} installed (${o.operation})`);

  const state: PolicyState = {
    schema: 'ci-intel.egress-state.v1',
    operation: o.operation,
    table: TABLE,
    installedAt: new Date().toISOString(),
    dns: o.dns,
    upstream,
    chains: await chainsText(TABLE),
    ruleset: await nft(['list', 'table', 'inet', TABLE], 'read the installed policy'),
    endpoints: o.entries
  };
  try {
    if (useResolver) {
      const config: ResolverConfig = {
        listen: o.listen,
        port: 53,
        upstream,
        endpoints: o.entries,
        policy: o.operation === 'enforce' ? 'block' : 'audit',
        ipv6: o.ipv6,
        table: TABLE,
        timeoutMs: Math.max(1000, o.timeoutMs),
        nft: ['nft']
      };
      const bundle = join(hubRoot(), 'dist', 'egress-check', 'index.js');
      const proc = await startResolver(bundle, JSON.stringify(config), RESOLVER_UID, o.stateDir);
      state.resolverPid = proc.pid;
      state.queryLog = proc.logFile;
      state.resolverDir = proc.dir;
      state.resolvConf = await pointResolvConf(
        o.resolvConfPath ?? '/etc/resolv.conf',
        [o.listen[0]],
        o.stateDir
      );
      o.log(
        `egress-check: allowlisting resolver pid ${proc.pid} on ${o.listen.join(', ')}, upstream ${upstream.join(', ')}`
      );
    }
  } catch (err) {
    // Fail closed: the blocking policy stays; only the state is written so report/post can clean up.
    writeFileSync(stateFile(o.stateDir), JSON.stringify(state, null, 2));
    throw err;
  }
  writeFileSync(stateFile(o.stateDir), JSON.stringify(state, null, 2));
  return state;
}

export interface Recheck {
  installed: boolean;
  unchanged: boolean;
  resolverRunning?: boolean;
  resolvConfPointed?: boolean;
  problems: string[];
}

export async function recheckPolicy(
  state: PolicyState,
  processAlive: (pid: number) => boolean
): Promise<Recheck> {
  const problems: string[] = [];
  const installed = await tableExists(state.table);
  let unchanged = false;
  if (!installed) {
    problems.push(
      `nft table inet ${state.table} is gone (expected: installed at ${state.installedAt}; actual: missing — a later step flushed the ruleset or deleted the table)`
    );
  } else {
    const now = await chainsText(state.table).catch(() => '');
    unchanged = now === state.chains;
    if (!unchanged)
      problems.push(
        `the chains of nft table inet ${state.table} changed after ${state.installedAt} (expected the ruleset in the evidence; actual: different rules)`
      );
  }
  const r: Recheck = { installed, unchanged, problems };
  if (state.resolverPid) {
    r.resolverRunning = processAlive(state.resolverPid);
    if (!r.resolverRunning)
      problems.push(
        `the allowlisting resolver (pid ${state.resolverPid}) is no longer running (expected: running; actual: exited or killed)`
      );
  }
  if (state.resolvConf) {
    const text = existsSync(state.resolvConf.path)
      ? readFileSync(state.resolvConf.path, 'utf8')
      : '';
    r.resolvConfPointed = text.includes('written by ci-intel egress-check');
    if (!r.resolvConfPointed)
      problems.push(
        `${state.resolvConf.path} no longer points at the allowlisting resolver (a later step rewrote it)`
      );
  }
  return r;
}

export async function removePolicy(state: PolicyState, stateDir: string): Promise<void> {
  if (state.resolverPid) await stopProcess(state.resolverPid);
  if (state.resolverDir) rmSync(state.resolverDir, { recursive: true, force: true });
  if (state.resolvConf) await restoreResolvConf(state.resolvConf, stateDir);
  if (await tableExists(state.table))
    await nft(['delete', 'table', 'inet', state.table], 'remove the egress policy');
}
