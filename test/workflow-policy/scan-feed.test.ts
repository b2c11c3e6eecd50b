/**
 * The scan worker's task (src/gates/workflow-policy/scan-worker.ts) through the compiled lib/, a
 * real worker thread fed by this thread: the texts it is given are what it scans, and a feed
 * that ends before the listed count, or fails, is never a result.
 */
import { describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/run-action.js';
import { GOOD, wf } from './helpers.js';

const LIB = join(REPO_ROOT, 'lib');
const lib = <T>(rel: string) => import(pathToFileURL(join(LIB, rel)).href) as Promise<T>;
const { runOffloaded } = await lib<typeof import('../../src/core/offload.js')>('core/offload.js');
const { parseInputs } = await lib<typeof import('../../src/core/inputs.js')>('core/inputs.js');
const { loadActionSpec } =
  await lib<typeof import('../../src/core/action-spec.js')>('core/action-spec.js');
const { GateError } = await lib<typeof import('../../src/core/errors.js')>('core/errors.js');
const { FindingsSpool, openSpillFile, closeSpillFile } =
  await lib<typeof import('../../src/core/findings-spool.js')>('core/findings-spool.js');
const MODULE = pathToFileURL(join(LIB, 'gates', 'workflow-policy', 'scan-worker.js')).href;

const UNPINNED = wf('      - uses: actions/checkout@v4\n', '', 'push');

/** The task over `listed` files, fed `texts` (fewer, when the feed runs short). */
async function scan(listed: number, texts: unknown[], fail?: Error) {
  const inputs = parseInputs(loadActionSpec('workflow-policy'), { workflows: '.' });
  let at = 0;
  const spill = openSpillFile(tmpdir());
  try {
    const r = await runOffloaded<{
      verdict: string;
      findings: Parameters<typeof FindingsSpool.received>[0];
      evidence: { filesScanned: number };
    }>(
      'workflow-policy/scan',
      {
        inputs: inputs.toTransfer(),
        workspace: tmpdir(),
        tempDir: tmpdir(),
        env: { GITHUB_REPOSITORY: 'acme/widget' },
        settings: undefined,
        files: listed,
        spill,
        now: Date.now()
      },
      {
        gate: 'workflow-policy',
        module: MODULE,
        host: { log: () => undefined, secret: () => undefined },
        supply: (n) => {
          if (fail && at > 0) throw fail;
          const out = texts.slice(at, at + n);
          at += out.length;
          return out;
        }
      }
    );
    const spool = FindingsSpool.received(r.findings, spill);
    try {
      return { ...r, findings: spool.findings(r.findings.order) };
    } finally {
      spool.close();
    }
  } finally {
    closeSpillFile(spill);
  }
}

describe('the scan worker reads what it is fed', () => {
  it('scans the fed texts, read failures included, in the order listed', async () => {
    const texts = [
      { file: '.github/workflows/a.yml', text: GOOD },
      { file: '.github/workflows/b.yml', text: UNPINNED },
      {
        file: '.github/workflows/c.yml',
        problem: 'c.yml is a FIFO (named pipe), not a regular file'
      }
    ];
    const r = await scan(3, texts);
    const findings = r.findings;
    expect(r.evidence.filesScanned).toBe(3);
    expect(r.verdict).toBe('error');
    expect(findings.filter((f) => f.rule === 'workflow-policy/invalid-workflow')).toEqual([
      expect.objectContaining({
        file: '.github/workflows/c.yml',
        message: 'cannot decide: c.yml is a FIFO (named pipe), not a regular file'
      })
    ]);
    expect(findings.some((f) => f.file === '.github/workflows/b.yml')).toBe(true);
    expect(findings.some((f) => f.file === '.github/workflows/a.yml')).toBe(false);
  });

  it('a feed that ends before the listed count is a GateError, not a shorter scan', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => ({
      file: `.github/workflows/w${i}.yml`,
      text: GOOD
    }));
    const err = await scan(41, texts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect((err as Error).message).toBe('the scan was fed fewer workflow files than the 41 listed');
  });

  it('a feed that fails after the first batch fails the scan with its error', async () => {
    const texts = Array.from({ length: 100 }, (_, i) => ({
      file: `.github/workflows/w${i}.yml`,
      text: GOOD
    }));
    const err = await scan(100, texts, new GateError('the workspace went away', 'Re-run.')).catch(
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(GateError);
    expect((err as Error).message).toBe('the workspace went away');
  });
});
