/**
 * src/core/offload.ts through the compiled lib/ (a worker loads JavaScript, not the sources):
 * a task's value, its log lines and secrets reach the caller; its errors keep their class; a
 * worker that exits or throws outside the task is a GateError, never a value.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../src/core/result.js';
import { REPO_ROOT } from '../helpers/run-action.js';

// The compiled modules (the worker loads them too), typed by their sources.
const LIB = join(REPO_ROOT, 'lib', 'core');
const { GateError, InputError } = (await import(
  pathToFileURL(join(LIB, 'errors.js')).href
)) as typeof import('../../src/core/errors.js');
const { FileReadError } = (await import(
  pathToFileURL(join(LIB, 'read-file.js')).href
)) as typeof import('../../src/core/read-file.js');
const { cancelPrestartedOffload, offloadable, prestartOffload, runOffloaded } = (await import(
  pathToFileURL(join(LIB, 'offload.js')).href
)) as typeof import('../../src/core/offload.js');

const { FindingsSpool, openSpillFile, closeSpillFile } = (await import(
  pathToFileURL(join(LIB, 'findings-spool.js')).href
)) as typeof import('../../src/core/findings-spool.js');

const MODULE = pathToFileURL(join(REPO_ROOT, 'test', 'core', 'fixtures', 'offload-tasks.mjs')).href;

function run(task: string, payload: unknown = {}, supply?: (n: number) => unknown[]) {
  const logs: string[] = [];
  const secrets: string[] = [];
  const done = runOffloaded(task, payload, {
    gate: 'none',
    module: MODULE,
    host: { log: (m: string) => logs.push(m), secret: (s: string) => secrets.push(s) },
    supply
  });
  return { done, logs, secrets };
}

/** A feed of `items`, recording each request's size and how far it had been read. */
function feedOf(items: unknown[]) {
  const asked: { n: number; at: number }[] = [];
  let at = 0;
  const supply = (n: number) => {
    asked.push({ n, at });
    const out = items.slice(at, at + n);
    at += out.length;
    return out;
  };
  return { supply, asked };
}

describe('runOffloaded', () => {
  it('gives the value the task returned, after relaying its log lines and secrets in order', async () => {
    const r = run('test/echo', { items: [1, 2, 3, 4] });
    await expect(r.done).resolves.toEqual({ sum: 10, map: new Map([['k', 'v']]) });
    expect(r.logs).toEqual(['working on 4 items']);
    expect(r.secrets).toEqual(['s3cr3t-from-the-worker']);
  });

  it('rethrows a GateError with its help and position', async () => {
    const err = await run('test/gate-error').done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect(err).toMatchObject({
      message: 'the policy cannot be read',
      help: 'Give a regular file.',
      file: 'policy.yml',
      line: 3,
      column: 4
    });
  });

  it('rethrows an InputError naming the same input', async () => {
    const err = await run('test/input-error').done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ input: 'policy', message: "input 'policy': 'x' is not a file" });
  });

  it('a worker that exits without an answer is a GateError, not a value', async () => {
    const err = await run('test/exit').done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect((err as Error).message).toBe(
      'the test/exit worker ended (exit code 7) without an answer'
    );
  });

  it('an error thrown outside the task ends the run as a GateError naming it', async () => {
    const err = await run('test/uncaught').done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect((err as Error).message).toBe('the test/uncaught worker failed: thrown outside the task');
  });

  it('a task no module defines ends as a GateError (the worker has nothing to run)', async () => {
    const err = await run('test/not-defined').done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect((err as Error).message).toMatch(/^the test\/not-defined worker ended \(exit code 0\)/);
  });

  it('a task reads the feed whole and in order, batch by batch', async () => {
    const items = Array.from({ length: 23 }, (_, i) => ({ i, text: `file ${i}` }));
    const f = feedOf(items);
    await expect(run('test/feed', { batch: 5 }, f.supply).done).resolves.toEqual({
      got: items,
      after: undefined
    });
    // 5 batches of 5 (the last short), then one empty answer: the end.
    expect(f.asked.map((a) => a.n)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(f.asked.map((a) => a.at)).toEqual([0, 5, 10, 15, 20, 23]);
  });

  it('an empty feed ends at once', async () => {
    const f = feedOf([]);
    await expect(run('test/feed', { batch: 8 }, f.supply).done).resolves.toEqual({
      got: [],
      after: undefined
    });
    expect(f.asked).toHaveLength(1);
  });

  it('a feed that throws fails the task with the same error class, never a short result', async () => {
    let calls = 0;
    const err = await run('test/feed-fails', {}, () => {
      if (++calls === 3)
        throw new FileReadError('w9.yml is a FIFO', 'w9.yml', 'Pass a file.', 'not-regular');
      return [1, 2, 3, 4];
    }).done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect(err).toMatchObject({ message: 'w9.yml is a FIFO', file: 'w9.yml', code: 'not-regular' });
  });

  it('a task that asks for a feed it was not given fails, naming the task', async () => {
    const err = await run('test/feed-fails').done.catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      'the test/feed-fails task asked for a feed it was not given'
    );
  });

  it('a worker started ahead of time is the one that runs the task', async () => {
    const id = prestartOffload('test/thread-id', { gate: 'none', module: MODULE });
    // Asking again while it waits gives the same worker.
    expect(prestartOffload('test/thread-id', { gate: 'none', module: MODULE })).toBe(id);
    await expect(run('test/thread-id').done).resolves.toBe(id);
    // Used once: the next run starts its own.
    const next = await run('test/thread-id').done;
    expect(next).not.toBe(id);
  });

  it('a worker started ahead of time and cancelled is not used', async () => {
    const id = prestartOffload('test/thread-id', { gate: 'none', module: MODULE });
    cancelPrestartedOffload('test/thread-id');
    const used = await run('test/thread-id').done;
    expect(used).not.toBe(id);
  });

  it('is offered from JavaScript modules only, not from the TypeScript sources', () => {
    expect(offloadable(MODULE)).toBe(true);
    expect(offloadable(pathToFileURL(join(REPO_ROOT, 'src/core/offload.ts')).href)).toBe(false);
  });

  it('a moved answer arrives whole: its buffers are moved, not copied', async () => {
    const { done } = run('test/moved', { size: 3 << 20 });
    const got = (await done) as { bytes: Uint8Array; size: number };
    expect(got.bytes).toBeInstanceOf(Uint8Array);
    expect(got.bytes.length).toBe(3 << 20);
    expect(got.bytes[0]).toBe(0);
    expect(got.bytes[1000]).toBe(1000 % 251);
    expect(got.bytes[(3 << 20) - 1]).toBe(((3 << 20) - 1) % 251);
  });

  it('a spool handed from a worker that has ended reads back whole, spilled chunks included', async () => {
    const spill = openSpillFile(mkdtempSync(join(tmpdir(), 'offload-spool-')));
    try {
      const n = 6000;
      const { done } = run('test/spool-handoff', { spill, n });
      const { handoff, spilled } = (await done) as {
        handoff: Parameters<typeof FindingsSpool.received>[0];
        spilled: number;
      };
      // About 2.7 MB of messages in 1 MiB chunks, one held in memory: the rest was in the file,
      // whose descriptor outlived the worker because this thread opened it.
      expect(spilled).toBeGreaterThanOrEqual(1);
      expect(handoff.spilled).toBe(true);
      const spool = FindingsSpool.received(handoff, spill);
      const back = spool.findings(handoff.order);
      spool.close();
      expect(back).toHaveLength(n);
      // The same findings, built here and sorted by a spool of this thread.
      const mine = new FindingsSpool({ objectRows: n });
      const expected: Finding[] = [];
      for (let i = 0; i < n; i++) {
        const f = {
          rule: `rule-${i % 4}`,
          severity: (['error', 'warning', 'note'] as const)[i % 3],
          message: `finding ${i} ${i % 7 === 0 ? 'ünïcödé ✓ ' : ''}${'x'.repeat(i % 900)}`,
          file: `w${i % 13}.yml`,
          line: i % 50,
          ...(i % 2 ? { help: `help for key ${i % 5}` } : {})
        };
        mine.add(f);
        expected.push(f);
      }
      expect(back).toEqual([...mine.sortedRows()].map((i) => expected[i]));
      mine.close();
    } finally {
      closeSpillFile(spill);
    }
  });
});
