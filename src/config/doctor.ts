/**
 * `ci-intel doctor`: is this machine and this repository ready for the gates? Validates the
 * configuration and its overlay, checks the tools the gates need (node, git, nft), the network
 * to the registries and API the configuration names, and says per gate whether it would run.
 */
import { execFileSync } from 'node:child_process';
import type { ActionSpec } from '../core/action-spec.js';
import { errorMessage } from '../core/errors.js';
import { effectiveConfigs, type EffectiveAll } from './effective.js';
import type { LoadOptions } from './layers.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface DoctorCheck {
  name: string;
  status: CheckStatus;
  detail: string;
}

export interface GateReadiness {
  gate: string;
  runs: boolean;
  detail: string;
}

export interface DoctorReport {
  checks: DoctorCheck[];
  gates: GateReadiness[];
}

export interface DoctorDeps {
  /** Runs a tool and returns its first line of output, or throws. */
  tool(cmd: string, args: string[]): string;
  /** Resolves true when the URL answers at all (any HTTP status) before the timeout. */
  reachable(url: string, timeoutMs: number): Promise<boolean>;
  nodeVersion: string;
  uid: number;
}

export const systemDeps: DoctorDeps = {
  tool: (cmd, args) =>
    execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 5000 })
      .split('\n')[0]
      .trim(),
  reachable: async (url, timeoutMs) => {
    try {
      await fetch(url, {
        method: 'HEAD',
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual'
      });
      return true;
    } catch {
      return false;
    }
  },
  nodeVersion: process.versions.node,
  uid: process.getuid?.() ?? -1
};

function toolCheck(
  deps: DoctorDeps,
  name: string,
  cmd: string,
  args: string[],
  need: string
): DoctorCheck {
  try {
    return { name, status: 'ok', detail: deps.tool(cmd, args) };
  } catch {
    return { name, status: 'warn', detail: `not found: ${need}` };
  }
}

/** Registry hosts the configuration names (image references). */
function registryHosts(all: EffectiveAll): string[] {
  const hosts = new Set<string>();
  for (const g of all.gates) {
    const image = g.values.image?.value;
    if (typeof image === 'string' && image.includes('/')) {
      const first = image.split('/')[0];
      if (/[.:]/.test(first) || first === 'localhost') hosts.add(first);
      else hosts.add('registry-1.docker.io');
    }
  }
  return [...hosts].sort();
}

export async function doctor(
  specs: ActionSpec[],
  options: LoadOptions,
  deps: DoctorDeps = systemDeps
): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const major = Number(deps.nodeVersion.split('.')[0]);
  checks.push({
    name: 'node',
    status: major >= 24 ? 'ok' : major >= 20 ? 'warn' : 'fail',
    detail:
      major >= 24
        ? `v${deps.nodeVersion}`
        : major >= 20
          ? `v${deps.nodeVersion}: the CLI runs; the actions run on Node 24 (runs.using: node24)`
          : `v${deps.nodeVersion}: Node ≥ 20 is needed`
  });
  checks.push(
    toolCheck(
      deps,
      'git',
      'git',
      ['--version'],
      'the workflow gates read CODEOWNERS and the repository with git'
    )
  );
  const nft = toolCheck(
    deps,
    'nft',
    'nft',
    ['--version'],
    'egress-check mode: enforce needs nftables (apt-get install nftables)'
  );
  checks.push(nft);

  let all: EffectiveAll | undefined;
  try {
    all = await effectiveConfigs(specs, options);
    const files = [all.layers.repo?.label, all.layers.org?.label].filter(Boolean);
    checks.push({
      name: 'config',
      status: 'ok',
      detail: files.length ? `valid: ${files.join(' → ')}` : 'no .ci-intel/config.yml: hub defaults'
    });
  } catch (err) {
    checks.push({ name: 'config', status: 'fail', detail: errorMessage(err) });
  }
  if (all) {
    const api = options.env.GITHUB_API_URL || 'https://api.github.com';
    const targets = [
      ...(all.layers.org?.ref.kind === 'remote' ? [api] : []),
      ...registryHosts(all).map((h) => `https://${h}/v2/`)
    ];
    for (const url of targets) {
      const ok = await deps.reachable(url, 5000);
      checks.push({
        name: `network ${new URL(url).host}`,
        status: ok ? 'ok' : 'fail',
        detail: ok ? `${url} answers` : `${url} does not answer within 5 s`
      });
    }
  }

  const gates: GateReadiness[] = specs.map((spec) => {
    if (!all) return { gate: spec.gate, runs: false, detail: 'the configuration does not load' };
    const eff = all.gates.find((g) => g.gate === spec.gate)!;
    const missing = spec.inputs
      .filter((i) => i.required && eff.values[i.name] === undefined)
      .map((i) => i.name);
    const mode = String(eff.values.mode?.value ?? 'enforce');
    if (
      spec.gate === 'egress-check' &&
      mode === 'enforce' &&
      (nft.status !== 'ok' || deps.uid !== 0)
    ) {
      return {
        gate: spec.gate,
        runs: false,
        detail: 'mode enforce needs nft and root (run on a runner, or mode: audit)'
      };
    }
    if (missing.length)
      return {
        gate: spec.gate,
        runs: false,
        detail: `needs ${missing.map((m) => `--${m}`).join(', ')} (required, not configured)`
      };
    return {
      gate: spec.gate,
      runs: true,
      detail: `mode ${mode}, config ${eff.evidence.digest.slice(0, 19)}…`
    };
  });
  return { checks, gates };
}

export function doctorText(r: DoctorReport): string {
  const mark = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' };
  const lines = r.checks.map((c) => `${mark[c.status]}  ${c.name.padEnd(24)} ${c.detail}`);
  lines.push('', 'gates:');
  for (const g of r.gates)
    lines.push(`  ${g.runs ? 'runs    ' : 'blocked '} ${g.gate.padEnd(20)} ${g.detail}`);
  return lines.join('\n') + '\n';
}

/** Exit status: 0 ready, 1 something fails. Warnings (a tool only some gates need) do not. */
export function doctorExit(r: DoctorReport): number {
  return r.checks.some((c) => c.status === 'fail') ? 1 : 0;
}
