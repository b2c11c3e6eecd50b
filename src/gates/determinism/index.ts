/**
 * Gate: determinism — fail a release when a build is not reproducible. `compare` two outputs,
 * `rebuild` twice under a fixed environment with declared variations and compare, or write a
 * digest `manifest` for a comparison in a later job (another architecture, another day).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ArchiveError, readArchive, type ArchiveLimits } from '../../archive/read-archive.js';
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding, Verdict } from '../../core/result.js';
import { compareSnapshots, type Comparison } from './compare-snapshots.js';
import { describeComparison } from './describe.js';
import { diffoscopeVersion, runDiffoscope, type DiffoscopeRun } from './diffoscope.js';
import { judge } from './judge.js';
import { countable, loadSide } from './load-side.js';
import { toManifest } from './manifest.js';
import { rebuildTwice, type RebuildResult } from './rebuild.js';
import { RULE, RULES } from './rules.js';
import type { Snapshot } from './snapshot.js';
import { parseAllowed } from './stabilizers.js';
import { parseVariations } from './variations.js';
import { walkOutput } from './walk-tree.js';
import { trimDifferences, type DeterminismEvidence, type SideEvidence } from './evidence.js';

export { RULES } from './rules.js';
export type { DeterminismEvidence } from './evidence.js';

function limitsOf(inputs: Inputs): ArchiveLimits {
  const entries = inputs.number('max-archive-entries');
  const bytes = inputs.number('max-archive-bytes');
  if (entries === undefined || !Number.isInteger(entries) || entries < 1)
    throw new InputError('max-archive-entries', 'must be a whole number ≥ 1');
  if (bytes === undefined || !Number.isInteger(bytes) || bytes < 1)
    throw new InputError('max-archive-bytes', 'must be a whole number of bytes ≥ 1');
  return { maxEntries: entries, maxBytes: bytes };
}

function side(s: Snapshot, input: string): SideEvidence {
  const e: SideEvidence = {
    input,
    kind: s.kind,
    subjectKind: s.subjectKind,
    files: countable(s),
    bytes: s.bytes
  };
  if (s.origin) e.origin = s.origin;
  return e;
}

function sourceDateEpoch(inputs: Inputs, ctx: GateContext): number {
  const given = inputs.string('source-date-epoch')?.trim();
  if (given) {
    if (!/^[0-9]{1,12}$/.test(given))
      throw new InputError('source-date-epoch', `'${given}' is not a Unix time in whole seconds`);
    return Number(given);
  }
  const r = spawnSync('git', ['log', '-1', '--format=%ct'], {
    cwd: ctx.workspace,
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: ctx.env.PATH ?? '', HOME: ctx.env.HOME ?? '' }
  });
  const t = r.status === 0 ? r.stdout.trim() : '';
  if (!/^[0-9]+$/.test(t)) {
    throw new InputError(
      'source-date-epoch',
      'not given and the workspace has no git commit to take it from; give the commit time (git log -1 --format=%ct)'
    );
  }
  return Number(t);
}

function diffFileOf(inputs: Inputs, ctx: GateContext): string {
  const given = inputs.string('diff-file')?.trim();
  return given ? resolve(ctx.workspace, given) : join(ctx.tempDir, 'determinism-diff.json');
}

/** Real files on both sides for the deep-dive, at most `max` pairs. */
function diffoscopePairs(a: Snapshot, b: Snapshot, c: Comparison, max: number): [string, string][] {
  if (!a.root || !b.root) return [];
  const pathOf = (s: Snapshot, p: string): string =>
    s.kind === 'file' ? s.root! : join(s.root!, p);
  const pairs: [string, string][] = [];
  for (const d of c.differences) {
    if (pairs.length >= max) break;
    // An unreadable (hostile) archive is not handed to another tool.
    if (d.aspects.includes('unreadable')) continue;
    const rb =
      a.kind === 'file' && b.kind === 'file' ? [...b.files.values()][0] : b.files.get(d.path);
    if (a.files.get(d.path)?.type === 'file' && rb?.type === 'file')
      pairs.push([pathOf(a, d.path), b.kind === 'file' ? b.root : join(b.root, d.path)]);
  }
  if (!pairs.length && c.differences.length && a.kind === 'tree' && b.kind === 'tree')
    pairs.push([a.root, b.root]);
  return pairs;
}

async function deepDive(
  inputs: Inputs,
  ctx: GateContext,
  a: Snapshot,
  b: Snapshot,
  c: Comparison,
  outDir: string
): Promise<DeterminismEvidence['diffoscope']> {
  if (inputs.string('diffoscope') === 'off') return { skipped: 'turned off (diffoscope: off)' };
  if (!c.differences.length) return { skipped: 'the outputs are identical' };
  const version = diffoscopeVersion(ctx.env);
  if (!version)
    return {
      skipped: 'diffoscope is not installed (optional: apt-get install diffoscope-minimal)'
    };
  const pairs = diffoscopePairs(a, b, c, 3);
  if (!pairs.length)
    return { version, skipped: 'no pair of files on disk to show (manifests carry digests only)' };
  const runs: DiffoscopeRun[] = [];
  const timeout = inputs.duration('timeout') ?? 30 * 60_000;
  for (const [i, [x, y]] of pairs.entries()) {
    ctx.log(`diffoscope deep-dive ${i + 1}/${pairs.length}`);
    runs.push(await runDiffoscope(x, y, outDir, i + 1, timeout, ctx.env));
  }
  return { version, runs };
}

async function compareOutputs(
  inputs: Inputs,
  ctx: GateContext,
  a: Snapshot,
  b: Snapshot,
  operation: 'compare' | 'rebuild',
  rebuild?: RebuildResult
): Promise<Evaluation<DeterminismEvidence>> {
  const allowed = parseAllowed(inputs.list('allow-stabilizers'));
  const c = await compareSnapshots(a, b, allowed, limitsOf(inputs));
  const { verdict, findings } = judge(c, allowed);
  const diffFile = diffFileOf(inputs, ctx);
  const evidence: DeterminismEvidence = {
    operation,
    a: side(a, operation === 'rebuild' ? 'build a' : (inputs.string('a') ?? '')),
    b: side(b, operation === 'rebuild' ? 'build b' : (inputs.string('b') ?? '')),
    allowedStabilizers: [...allowed],
    stabilizersNeeded: c.needed,
    stabilizersNotAllowed: c.notAllowed,
    identical: c.identical,
    differing: c.differences.length,
    ...trimDifferences(c.differences),
    diffFile
  };
  if (rebuild) {
    evidence.rebuild = {
      command: inputs.string('command') ?? '',
      output: inputs.string('build-output') ?? '',
      variations: rebuild.variations,
      builds: rebuild.builds.map((x) => ({
        ...x,
        buildPath: x.buildPath.replace(rebuild.scratch, '$SCRATCH')
      }))
    };
  }
  mkdirSync(dirname(diffFile), { recursive: true });
  evidence.diffoscope = await deepDive(inputs, ctx, a, b, c, dirname(diffFile));
  const runs = evidence.diffoscope?.runs ?? [];
  for (const r of runs) {
    findings.push({
      rule: RULE.diffoscope,
      severity: 'note',
      message: `diffoscope ${evidence.diffoscope?.version ?? ''}: ${r.verdict}${r.message ? ` (${r.message})` : ''}${r.markdownFile ? `; report ${r.markdownFile}` : ''}`,
      help: RULES.find((x) => x.id === RULE.diffoscope)!.help
    });
  }
  writeFileSync(diffFile, JSON.stringify(evidence, null, 2) + '\n');
  const what = describeComparison(c);
  const total = `${c.identical + c.differences.length} paths`;
  const summary =
    verdict === 'pass'
      ? c.differences.length
        ? `reproducible with stabilizers ${c.needed.join(', ')}: ${what}`
        : `reproducible: ${total} identical (${c.filesA} files, ${c.bytesA} bytes)`
      : verdict === 'fail'
        ? `not reproducible: ${what}${c.notAllowed.length && !c.real.length ? ` (needs ${c.notAllowed.join(', ')})` : ''}`
        : `cannot compare: ${what}`;
  return {
    verdict,
    summary,
    findings,
    evidence,
    outputs: {
      differences: String(c.differences.length),
      'stabilizers-needed': c.needed.join(','),
      'diff-file': diffFile,
      'manifest-file': '',
      'diffoscope-file': runs.find((r) => r.markdownFile)?.markdownFile ?? ''
    }
  };
}

async function writeManifest(
  inputs: Inputs,
  ctx: GateContext
): Promise<Evaluation<DeterminismEvidence>> {
  const path = inputs.string('path')?.trim();
  if (!path)
    throw new InputError(
      'path',
      'is required for operation: manifest (the build output to record)'
    );
  const snap = walkOutput(resolve(ctx.workspace, path), path, 'path');
  if (countable(snap) === 0)
    throw new InputError('path', `${path} holds no files; nothing to record is never a pass`);
  const limits = limitsOf(inputs);
  const findings: Finding[] = [];
  let archives = 0;
  for (const r of snap.files.values()) {
    if (r.type !== 'file') continue;
    const abs = snap.kind === 'file' ? snap.root! : join(snap.root!, r.path);
    try {
      r.archive = await readArchive(abs, limits, snap.kind === 'file' ? path : `${path}/${r.path}`);
      if (r.archive) archives++;
    } catch (err) {
      if (!(err instanceof ArchiveError)) throw err;
      findings.push({
        rule: RULE.unreadable,
        severity: 'error',
        message: err.message,
        help: RULES.find((x) => x.id === RULE.unreadable)!.help
      });
    }
  }
  const origin: Record<string, string> = {
    platform: process.platform,
    arch: process.arch,
    createdAt: ctx.now().toISOString()
  };
  for (const [k, env] of [
    ['runnerOs', 'RUNNER_OS'],
    ['runnerArch', 'RUNNER_ARCH'],
    ['sha', 'GITHUB_SHA'],
    ['job', 'GITHUB_JOB']
  ] as const)
    if (ctx.env[env]) origin[k] = ctx.env[env]!;
  const file = resolve(
    ctx.workspace,
    inputs.string('manifest-file')?.trim() || 'determinism-manifest.json'
  );
  const verdict: Verdict = findings.length ? 'error' : 'pass';
  if (verdict === 'pass') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(toManifest(snap, origin), null, 1) + '\n');
  }
  const evidence: DeterminismEvidence = {
    operation: 'manifest',
    a: side(snap, path),
    allowedStabilizers: [],
    stabilizersNeeded: [],
    stabilizersNotAllowed: [],
    manifest: { file, files: countable(snap), bytes: snap.bytes, archives, origin }
  };
  return {
    verdict,
    summary:
      verdict === 'pass'
        ? `recorded ${countable(snap)} files (${snap.bytes} bytes, ${archives} archives listed member by member) of ${path}`
        : `cannot record ${path}: ${findings[0].message}`,
    findings,
    evidence,
    outputs: {
      differences: '',
      'stabilizers-needed': '',
      'diff-file': '',
      'manifest-file': verdict === 'pass' ? file : '',
      'diffoscope-file': ''
    }
  };
}

async function rebuild(inputs: Inputs, ctx: GateContext): Promise<Evaluation<DeterminismEvidence>> {
  const command = inputs.string('command')?.trim();
  if (!command)
    throw new InputError(
      'command',
      'is required for operation: rebuild (the build command, run with bash -c)'
    );
  const output = inputs.string('build-output')?.trim();
  if (!output)
    throw new InputError(
      'build-output',
      'is required for operation: rebuild (what the command writes, relative to the workspace root)'
    );
  if (output.startsWith('/') || output.split('/').includes('..'))
    throw new InputError(
      'build-output',
      `'${output}' must be a path inside the build folder (relative, no ..)`
    );
  parseAllowed(inputs.list('allow-stabilizers'));
  const timeoutMs = inputs.duration('timeout');
  if (!timeoutMs || timeoutMs <= 0)
    throw new InputError('timeout', 'must be a positive duration such as 30m');
  const result = await rebuildTwice({
    workspace: ctx.workspace,
    tempDir: ctx.tempDir,
    command,
    output,
    variations: parseVariations(inputs.list('variations')),
    sourceDateEpoch: sourceDateEpoch(inputs, ctx),
    timeoutMs,
    env: ctx.env,
    log: ctx.log
  });
  try {
    return await compareBuilds(inputs, ctx, result, output);
  } finally {
    rmSync(result.scratch, { recursive: true, force: true });
  }
}

async function compareBuilds(
  inputs: Inputs,
  ctx: GateContext,
  result: RebuildResult,
  output: string
): Promise<Evaluation<DeterminismEvidence>> {
  const a = walkOutput(result.outputA, 'build a', 'build-output');
  const b = walkOutput(result.outputB, 'build b', 'build-output');
  if (countable(a) === 0 || countable(b) === 0)
    throw new GateError(
      `the build output '${output}' holds no files; nothing to compare is never a pass`,
      "Check 'build-output'."
    );
  return compareOutputs(inputs, ctx, a, b, 'rebuild', result);
}

export const determinism: Gate<DeterminismEvidence> = {
  name: 'determinism',
  rules: RULES,
  async evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation<DeterminismEvidence>> {
    const operation = inputs.string('operation') ?? 'compare';
    if (operation === 'manifest') return writeManifest(inputs, ctx);
    if (operation === 'rebuild') return rebuild(inputs, ctx);
    parseAllowed(inputs.list('allow-stabilizers'));
    const a = loadSide(ctx.workspace, 'a', inputs.string('a')?.trim() ?? '');
    const b = loadSide(ctx.workspace, 'b', inputs.string('b')?.trim() ?? '');
    return compareOutputs(inputs, ctx, a, b, 'compare');
  }
};
