/**
 * src/core/offload.ts through the compiled lib/ (a worker loads JavaScript, not the sources):
 * a task's value, its log lines and secrets reach the caller; its errors keep their class; a
 * worker that exits or throws outside the task is a GateError, never a value.
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/run-action.js';

// The compiled modules (the worker loads them too), typed by their sources.
const LIB = join(REPO_ROOT, 'lib', 'core');
const { GateError, InputError } = (await import(
  pathToFileURL(join(LIB, 'errors.js')).href
)) as typeof import('../../src/core/errors.js');
const { offloadable, runOffloaded } = (await import(
  pathToFileURL(join(LIB, 'offload.js')).href
)) as typeof import('../../src/core/offload.js');

const MODULE = pathToFileURL(join(REPO_ROOT, 'test', 'core', 'fixtures', 'offload-tasks.mjs')).href;

function run(task: string, payload: unknown = {}) {
  const logs: string[] = [];
  const secrets: string[] = [];
  const done = runOffloaded(task, payload, {
    gate: 'none',
    module: MODULE,
    host: { log: (m: string) => logs.push(m), secret: (s: string) => secrets.push(s) }
  });
  return { done, logs, secrets };
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

  it('is offered from JavaScript modules only, not from the TypeScript sources', () => {
    expect(offloadable(MODULE)).toBe(true);
    expect(offloadable(pathToFileURL(join(REPO_ROOT, 'src/core/offload.ts')).href)).toBe(false);
  });
});
