/**
 * "Places nothing outside the path" and "nothing to check is never a pass", through the bundle
 * (dist/cache-sentinel, run as the runner runs it) and the CLI (dist/cli). Also which BLAKE3
 * the shipped bundle hashes with, from a copy outside the repository (no node_modules to lean on).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT, runAction, runCli } from '../helpers/run-action.js';
import { expectValidResult } from '../helpers/result-schema.js';
import {
  forge,
  listTree,
  newKey,
  PUSH_MAIN,
  runInProcess,
  sandbox,
  type Sandbox
} from './fixtures.js';

const trusted = newKey();

function run(sb: Sandbox, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction('cache-sentinel', {
    workspace: sb.workspace,
    runnerTemp: sb.runnerTemp,
    env: { ...PUSH_MAIN, HOME: sb.root, ...env },
    inputs: {
      path: 'deps',
      key: 'deps-v1',
      signing: 'key',
      'signing-key': trusted.privatePem,
      'default-branch': 'main',
      backend: `dir:${sb.store}`,
      ...inputs
    }
  });
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cache-sentinel', 'index.js')))
    throw new Error('build the bundle first: node scripts/build.mjs cache-sentinel cli');
});

describe('symlink chains (dist)', () => {
  it('restore quarantines an entry whose links a/b -> .., a/c -> b/../.. climb out', async () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    await forge(sb, {
      members: [
        { name: '0/f.txt', content: 'x' },
        { name: '0/a', type: 'directory' },
        { name: '0/a/b', type: 'symlink', linkname: '..' },
        { name: '0/a/c', type: 'symlink', linkname: 'b/../..' }
      ],
      signWith: trusted.privatePem
    });
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    expectValidResult(r.result);
    expect(r.outputs.quarantined).toBe('true');
    const ev = r.result!.evidence as { quarantine: { reason: string; message: string } };
    expect(ev.quarantine.reason).toBe('symlink-escape');
    expect(ev.quarantine.message).toContain("'a/c'");
    expect(existsSync(join(sb.workspace, 'deps'))).toBe(false);
    expect(listTree(sb.outside)).toEqual([]);
  });

  it('save refuses the same chain in the workspace: error, nothing stored', async () => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'deps', 'a'));
    symlinkSync('..', join(sb.workspace, 'deps', 'a', 'b'));
    symlinkSync('b/../..', join(sb.workspace, 'deps', 'a', 'c'));
    const r = await run(sb, { operation: 'save' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.result!.findings[0]).toMatchObject({ rule: 'gate/error' });
    expect(JSON.stringify(r.result)).toContain('does not stay inside');
    expect(listTree(sb.store)).toEqual([]);
  });
});

describe('restoring onto a symlinked destination (dist)', () => {
  async function savedEntry(): Promise<Sandbox> {
    const sb = sandbox();
    const saved = await runInProcess(sb, PUSH_MAIN, {
      operation: 'save',
      path: 'deps',
      key: 'deps-v1',
      'signing-key': trusted.privatePem
    });
    expect(saved.verdict).toBe('pass');
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    return sb;
  }

  it('refuses a destination that is a symlink out of the workspace, writes nothing through it', async () => {
    const sb = await savedEntry();
    symlinkSync(sb.outside, join(sb.workspace, 'deps'));
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.outputs.quarantined).not.toBe('true');
    expect(JSON.stringify(r.result!.findings)).toContain('outside the workspace');
    expect(listTree(sb.outside)).toEqual([]);
  });

  it('refuses a destination under a symlinked parent out of the workspace', async () => {
    const sb = sandbox();
    mkdirSync(join(sb.workspace, 'vendor'));
    cpSync(join(sb.workspace, 'deps'), join(sb.workspace, 'vendor', 'deps'), {
      recursive: true,
      verbatimSymlinks: true
    });
    expect((await run(sb, { operation: 'save', path: 'vendor/deps' })).exitCode).toBe(0);
    rmSync(join(sb.workspace, 'vendor'), { recursive: true });
    symlinkSync(sb.outside, join(sb.workspace, 'vendor'));
    const r = await run(sb, { operation: 'restore', path: 'vendor/deps' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(JSON.stringify(r.result!.findings)).toMatch(/vendor is a symlink to .*outside/);
    expect(listTree(sb.outside)).toEqual([]);
  });
});

describe('nothing to check is never a pass', () => {
  it('dist: save of a path that matches nothing is an error naming the path and workspace', async () => {
    const sb = sandbox();
    const r = await run(sb, { operation: 'save', path: 'no-such-dir' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expectValidResult(r.result);
    const text = JSON.stringify(r.result!.findings);
    expect(text).toContain("'no-such-dir' (matches nothing)");
    expect(text).toContain(sb.workspace);
    expect(listTree(sb.store)).toEqual([]);
  });

  it('dist: restore of a signed entry listing no file is quarantined, not a hit', async () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    await forge(sb, {
      members: [{ name: '0/only-a-dir', type: 'directory' }],
      signWith: trusted.privatePem
    });
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['cache-hit']).toBe('false');
    expect((r.result!.evidence as { quarantine: { reason: string } }).quarantine.reason).toBe(
      'empty-entry'
    );
  });

  it('dist: a signed manifest with a repeated key is quarantined', async () => {
    const sb = sandbox();
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    await forge(sb, {
      members: [{ name: '0/a.txt', content: 'alpha\n' }],
      signWith: trusted.privatePem,
      manifestBytes: (b) =>
        Buffer.from(b.toString().replace('"runId":"666"', '"runId":"666","runId":"667"'))
    });
    const r = await run(sb, { operation: 'restore' });
    expect(r.exitCode).toBe(1);
    const q = (r.result!.evidence as { quarantine: { reason: string; message: string } })
      .quarantine;
    expect(q.reason).toBe('bad-manifest');
    expect(q.message).toContain('duplicate key "runId"');
  });

  it('CLI: save of a path that matches nothing exits 2 naming the path; restore onto a symlink exits 2', async () => {
    const sb = sandbox();
    const keyB64 = Buffer.from(trusted.privatePem).toString('base64');
    const common = ['--key', 'k', '--signing', 'key', '--signing-key', keyB64];
    const env = { RUNNER_TEMP: sb.runnerTemp, HOME: sb.root };
    const backend = ['--backend', `dir:${sb.store}`];
    const missing = await runCli(
      ['cache-sentinel', '--operation', 'save', '--path', 'nothing-here', ...common, ...backend],
      { cwd: sb.workspace, env }
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout + missing.stderr).toContain("'nothing-here' (matches nothing)");
    const saved = await runCli(
      ['cache-sentinel', '--operation', 'save', '--path', 'deps', ...common, ...backend],
      { cwd: sb.workspace, env }
    );
    expect(saved.exitCode).toBe(0);
    rmSync(join(sb.workspace, 'deps'), { recursive: true });
    symlinkSync(sb.outside, join(sb.workspace, 'deps'));
    const onto = await runCli(
      ['cache-sentinel', '--operation', 'restore', '--path', 'deps', ...common, ...backend],
      { cwd: sb.workspace, env }
    );
    expect(onto.exitCode).toBe(2);
    expect(onto.stdout + onto.stderr).toContain('outside the workspace');
    expect(listTree(sb.outside)).toEqual([]);
  });
});

/** The shipped layout (actions/<gate>/action.yml and dist/<gate>/) outside the repository. */
function bundleCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'cs-bundle-'));
  cpSync(join(REPO_ROOT, 'dist', 'cache-sentinel'), join(copy, 'dist', 'cache-sentinel'), {
    recursive: true
  });
  cpSync(join(REPO_ROOT, 'actions', 'cache-sentinel'), join(copy, 'actions', 'cache-sentinel'), {
    recursive: true
  });
  copyFileSync(join(REPO_ROOT, 'package.json'), join(copy, 'package.json'));
  return copy;
}

describe('which BLAKE3 the shipped bundle uses', () => {
  it('the bundle, copied away from node_modules, loads the native hasher on linux-x64 and says so', async () => {
    const copy = bundleCopy();
    const sb = sandbox();
    const r = await runAction('cache-sentinel', {
      workspace: sb.workspace,
      runnerTemp: sb.runnerTemp,
      env: { ...PUSH_MAIN, HOME: sb.root },
      entry: relative(join(REPO_ROOT, 'dist'), join(copy, 'dist', 'cache-sentinel', 'index.js')),
      inputs: {
        operation: 'save',
        path: 'deps',
        key: 'k',
        signing: 'key',
        'signing-key': trusted.privatePem,
        'default-branch': 'main',
        backend: `dir:${sb.store}`
      }
    });
    expect(r.exitCode).toBe(0);
    const evidence = r.result!.evidence as { hasher: string; hasherError?: string };
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(evidence.hasher).toBe('native');
      expect(r.result!.findings).toEqual([]);
    } else {
      // Where the native module cannot load, the evidence and a warning say so.
      expect(evidence.hasher).toBe('wasm');
      expect(evidence.hasherError).toBeTruthy();
      expect(r.result!.findings[0]).toMatchObject({ rule: 'cache-sentinel/portable-hasher' });
    }
  });

  it('without the binary beside the bundle, it falls back to wasm with a warning, never silently', async () => {
    const copy = bundleCopy();
    rmSync(join(copy, 'dist', 'cache-sentinel', 'blake.linux-x64-gnu.node'), { force: true });
    const sb = sandbox();
    const r = await runAction('cache-sentinel', {
      workspace: sb.workspace,
      runnerTemp: sb.runnerTemp,
      env: { ...PUSH_MAIN, HOME: sb.root },
      entry: relative(join(REPO_ROOT, 'dist'), join(copy, 'dist', 'cache-sentinel', 'index.js')),
      inputs: {
        operation: 'save',
        path: 'deps',
        key: 'k',
        signing: 'key',
        'signing-key': trusted.privatePem,
        'default-branch': 'main',
        backend: `dir:${sb.store}`
      }
    });
    expect(r.exitCode).toBe(0);
    const evidence = r.result!.evidence as { hasher: string; hasherError?: string };
    expect(evidence.hasher).toBe('wasm');
    expect(evidence.hasherError).toBeTruthy();
    expect(r.result!.findings[0]).toMatchObject({
      rule: 'cache-sentinel/portable-hasher',
      severity: 'warning'
    });
    expect(r.stdout + r.stderr).toContain('native BLAKE3 did not load');
  });
});
