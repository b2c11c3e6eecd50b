/**
 * A scan of SCAN_WORKER_MIN_FILES files or more runs in a worker thread with a capped young
 * generation (src/gates/workflow-policy/scan-worker.ts). Through the shipped bundles, run as the
 * runner and a user run them: the worker's result is the in-thread result, finding for finding,
 * and an error inside the worker is the same `error` verdict with the same help.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/core/result.js';
import type { GateResult } from '../../src/core/result.js';
import {
  NO_PRETENURING_MIN_FILES,
  SCAN_YOUNG_GENERATION_MB,
  SCAN_WORKER_MIN_FILES
} from '../../src/gates/workflow-policy/scan-worker.js';
import { runAction, runCli } from '../helpers/run-action.js';
import { itWithShared, SHARED } from '../helpers/shared.js';
import { checkIn, GOOD, wf, workspace } from './helpers.js';

const CORPUS = join(SHARED, 'corpora', 'workflows');
const WORKER_LINE = /workflow-policy: scanning (\d+) workflow files in a worker thread/;

/** `n` workflow files, every tenth with a finding (an unpinned action). */
function manyFiles(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    files[`.github/workflows/w${i}.yml`] =
      i % 10 ? GOOD : wf(`      - uses: actions/checkout@v4\n`, '', 'push');
  }
  return files;
}

/** The order the gate promises, written out here (not taken from the gate). */
function inReportOrder(findings: Finding[]): boolean {
  return findings.every((f, i) => {
    if (i === 0) return true;
    const p = findings[i - 1]!;
    const c =
      (p.file ?? '').localeCompare(f.file ?? '') ||
      (p.line ?? 0) - (f.line ?? 0) ||
      (p.column ?? 0) - (f.column ?? 0) ||
      p.rule.localeCompare(f.rule) ||
      p.message.localeCompare(f.message);
    return c <= 0;
  });
}

/** `n` files (mixed-case names) of `steps` unpinned steps each: many findings, long helps. */
function manyFindings(n: number, steps: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const uses = Array.from(
      { length: steps },
      (_, s) =>
        `      - uses: acme-corp/a-rather-long-action-name-for-a-long-message-${s % 7}@v${s}\n`
    ).join('');
    files[`.github/workflows/${i % 3 ? 'w' : 'W'}${i}.yml`] = wf(uses, '', 'push');
  }
  return files;
}

describe('workflow-policy scans many files in a worker thread', () => {
  itWithShared(
    'the action bundle over the 1,043-file corpus: worker used, same findings and evidence as in-thread',
    async () => {
      const run = await runAction('workflow-policy', {
        workspace: CORPUS,
        inputs: { workflows: '.' },
        timeoutMs: 120_000
      });
      expect(run.stdout).toMatch(WORKER_LINE);
      expect(WORKER_LINE.exec(run.stdout)![1]).toBe('1043');
      // runAction sets GITHUB_REPOSITORY=acme/widget, as a runner sets it.
      const here = await checkIn(CORPUS, { workflows: '.' }, { GITHUB_REPOSITORY: 'acme/widget' });
      const there = run.result as unknown as GateResult;
      expect(there.verdict).toBe(here.verdict);
      expect(there.summary).toBe(here.summary);
      expect(there.findings.length).toBeGreaterThan(1000);
      expect(there.findings).toEqual(here.findings);
      expect(inReportOrder(there.findings)).toBe(true);
      expect(there.evidence).toEqual(here.evidence);
      expect(there.outputs).toEqual(here.outputs);
      expect(run.outputs.verdict).toBe('error');
      expect(run.exitCode).toBe(1);
    },
    180_000
  );

  itWithShared(
    'the CLI bundle loads the gate in its worker and prints the same result',
    async () => {
      const r = await runCli(
        ['workflow-policy', '--workspace', CORPUS, '--workflows', '.', '--format', 'json'],
        {
          timeoutMs: 120_000
        }
      );
      expect(r.stderr).toMatch(WORKER_LINE);
      const there = JSON.parse(r.stdout) as GateResult;
      const here = await checkIn(CORPUS, { workflows: '.' });
      expect(there.findings).toEqual(here.findings);
      expect(there.summary).toBe(here.summary);
      expect(there.verdict).toBe('error');
      expect(r.exitCode).toBe(2);
    },
    180_000
  );

  it('below the threshold the scan stays in the thread; from it on, a worker scans', async () => {
    const small = await runAction('workflow-policy', {
      workspace: workspace(manyFiles(SCAN_WORKER_MIN_FILES - 1))
    });
    expect(small.stdout).not.toMatch(WORKER_LINE);
    expect(small.outputs['workflows-scanned']).toBe(String(SCAN_WORKER_MIN_FILES - 1));
    const ws = workspace(manyFiles(SCAN_WORKER_MIN_FILES));
    const large = await runAction('workflow-policy', { workspace: ws });
    expect(large.stdout).toMatch(WORKER_LINE);
    expect(large.stdout).toMatch(/its young generation capped at \d+ MiB/);
    expect(large.outputs['workflows-scanned']).toBe(String(SCAN_WORKER_MIN_FILES));
    const here = await checkIn(ws);
    expect(Number(large.outputs['findings-count'])).toBeGreaterThanOrEqual(
      SCAN_WORKER_MIN_FILES / 10
    );
    expect(large.outputs['findings-count']).toBe(here.outputs['findings-count']);
    expect(large.outputs.verdict).toBe('fail');
    expect(large.exitCode).toBe(1);
    expect(large.result!.findings).toEqual(here.findings);
  }, 120_000);

  it(`from ${NO_PRETENURING_MIN_FILES} files on, V8's pretenuring is off and the young generations held, and the result is the same`, async () => {
    const PRETENURING_LINE = new RegExp(
      `for a scan this long, both threads' young generations kept at ${SCAN_YOUNG_GENERATION_MB} MiB and V8's allocation-site pretenuring off`
    );
    const below = await runAction('workflow-policy', {
      workspace: workspace(manyFiles(NO_PRETENURING_MIN_FILES - 1))
    });
    expect(below.stdout).toMatch(WORKER_LINE);
    expect(below.stdout).not.toMatch(PRETENURING_LINE);
    const ws = workspace(manyFiles(NO_PRETENURING_MIN_FILES));
    const long = await runAction('workflow-policy', { workspace: ws, timeoutMs: 120_000 });
    expect(long.stdout).toMatch(PRETENURING_LINE);
    expect(long.outputs['workflows-scanned']).toBe(String(NO_PRETENURING_MIN_FILES));
    expect(long.outputs.verdict).toBe('fail');
    const here = await checkIn(ws);
    expect(long.outputs['findings-count']).toBe(here.outputs['findings-count']);
    expect(long.result!.findings).toEqual(here.findings);
  }, 180_000);

  it('findings past the memory budget go to a spill file and come back whole, in order', async () => {
    const ws = workspace(manyFindings(SCAN_WORKER_MIN_FILES + 100, 80));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'wp-spill-'));
    const run = await runAction('workflow-policy', {
      workspace: ws,
      runnerTemp,
      timeoutMs: 120_000
    });
    expect(run.stdout).toMatch(WORKER_LINE);
    const there = run.result as unknown as GateResult;
    expect(there.findings.filter((f) => f.rule === 'workflow-policy/pinned-uses').length).toBe(
      (SCAN_WORKER_MIN_FILES + 100) * 80
    );
    // Messages are what the spool keeps in its chunks (a pinned-uses help is decided at the
    // end; the first 8,192 findings are held as objects): ASCII, a byte a character, more than
    // the 4 chunks of 1 MiB it holds in memory.
    const bytes = there.findings.reduce((n, f) => n + f.message.length, 0);
    expect(bytes).toBeGreaterThan(8 * 1024 * 1024);
    expect(inReportOrder(there.findings)).toBe(true);
    const here = await checkIn(ws, {}, { GITHUB_REPOSITORY: 'acme/widget' });
    expect(there.findings).toEqual(here.findings);
    expect(there.summary).toBe(here.summary);
    expect(there.evidence.findingsByRule).toEqual(here.evidence.findingsByRule);
    // The spill file was unlinked: nothing of it is left in RUNNER_TEMP.
    const left = readdirSync(join(runnerTemp, 'ci-intel'), { recursive: true }) as string[];
    expect(left.filter((f) => /spool/.test(f))).toEqual([]);
    expect(run.outputs.verdict).toBe('fail');
  }, 180_000);

  it('a run folder where the spill file cannot be made is the verdict error, naming it', async () => {
    const ws = workspace(manyFiles(SCAN_WORKER_MIN_FILES));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'wp-nospill-'));
    // The run's folder is a file: nothing can be made in it.
    writeFileSync(join(runnerTemp, 'ci-intel'), 'not a folder\n');
    const run = await runAction('workflow-policy', {
      workspace: ws,
      runnerTemp,
      timeoutMs: 60_000
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/cannot make the findings spill file in \S*ci-intel/);
    expect(run.stdout).toMatch(/give the step a writable RUNNER_TEMP/);
  }, 60_000);

  it('files this thread cannot read are fed to the worker as the in-thread scan reports them', async () => {
    const ws = workspace(manyFiles(SCAN_WORKER_MIN_FILES));
    const dir = join(ws, '.github', 'workflows');
    symlinkSync('w1.yml', join(dir, 'linked.yml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yml')]);
    writeFileSync(join(dir, 'huge.yml'), `# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    writeFileSync(join(dir, 'broken.yml'), 'on: [push\njobs: {}\n');
    const run = await runAction('workflow-policy', { workspace: ws, timeoutMs: 60_000 });
    expect(run.stdout).toMatch(WORKER_LINE);
    expect(run.outputs['workflows-scanned']).toBe(String(SCAN_WORKER_MIN_FILES + 4));
    const there = run.result as unknown as GateResult;
    const here = await checkIn(ws);
    expect(there.findings).toEqual(here.findings);
    expect(there.evidence).toEqual(here.evidence);
    const invalid = there.findings.filter((f) => f.rule === 'workflow-policy/invalid-workflow');
    expect(invalid.map((f) => f.file).sort()).toEqual(
      ['broken.yml', 'huge.yml', 'linked.yml', 'pipe.yml'].map((f) => `.github/workflows/${f}`)
    );
    expect(invalid.find((f) => f.file!.endsWith('linked.yml'))!.message).toMatch(/is a symlink/);
    expect(invalid.find((f) => f.file!.endsWith('pipe.yml'))!.message).toMatch(/FIFO/);
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
  }, 120_000);

  it('an error inside the worker is the verdict error with the in-thread message and help', async () => {
    const ws = workspace(manyFiles(SCAN_WORKER_MIN_FILES));
    const run = await runAction('workflow-policy', {
      workspace: ws,
      inputs: { policy: 'no-such-policy.yml' }
    });
    expect(run.stdout).toMatch(WORKER_LINE);
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    const here = await checkIn(ws, { policy: 'no-such-policy.yml' });
    expect(here.verdict).toBe('error');
    const there = run.result as unknown as GateResult;
    expect(there.findings).toEqual(here.findings);
    expect(there.findings[0]!.message).toMatch(/^input 'policy': no-such-policy\.yml not found/);
    expect(there.findings[0]!.help).toMatch(/^Create it/);
  }, 120_000);
});
