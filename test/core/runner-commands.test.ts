/**
 * The runner protocol written without @actions/core (src/core/runner-commands.ts), checked
 * against the same files and stdout @actions/core itself produces in the same environment, and
 * what the build compiles into each bundle (src/core/build-registry.ts, scripts/build.mjs).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runner from '../../src/core/runner-commands.js';
import { setStdWriteSink } from '../../src/core/std-write.js';
import { parseCommandFile, REPO_ROOT } from '../helpers/run-action.js';

const ENV_KEYS = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'INPUT_SOME_NAME'];

/** What our runner commands write to stdout (they write to the descriptor, not the stream). */
function captureOurs(fn: () => void): string {
  const chunks: string[] = [];
  setStdWriteSink((fd, text) => void chunks.push(fd === 1 ? text : `[fd ${fd}] ${text}`));
  try {
    fn();
  } finally {
    setStdWriteSink();
  }
  return chunks.join('');
}

function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

describe('runner commands', () => {
  let dir: string;
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'runner-commands-'));
    for (const k of ENV_KEYS) saved[k] = process.env[k];
  });
  afterEach(() => {
    for (const k of ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    process.exitCode = undefined;
  });

  it('writes the same workflow commands as @actions/core, escaping included', () => {
    const props = { title: 'a: b, c', file: 'x%y.yml', startLine: 3, startColumn: 0 };
    const message = 'line 1\nline 2\r100%';
    const ours = captureOurs(() => {
      runner.error(message, props);
      runner.warning(message, { file: 'w.yml', startLine: 7, endLine: 9 });
      runner.notice(message);
      runner.setSecret('s3cr:et,\nx');
      runner.debug('d%');
      runner.info('plain %0A text');
    });
    const theirs = captureStdout(() => {
      core.error(message, props);
      core.warning(message, { file: 'w.yml', startLine: 7, endLine: 9 });
      core.notice(message);
      core.setSecret('s3cr:et,\nx');
      core.debug('d%');
      core.info('plain %0A text');
    });
    expect(ours).toBe(theirs);
    expect(ours).toContain(
      '::error title=a%3A b%2C c,file=x%25y.yml,line=3::line 1%0Aline 2%0D100%25'
    );
  });

  it('appends outputs and state as heredocs the runner (and @actions/core) parse', () => {
    const out = join(dir, 'output');
    const state = join(dir, 'state');
    writeFileSync(out, '');
    writeFileSync(state, '');
    process.env.GITHUB_OUTPUT = out;
    process.env.GITHUB_STATE = state;
    runner.setOutput('verdict', 'pass');
    runner.setOutput('multi', 'a\nb=c\n');
    runner.saveState('state-file', '/tmp/x');
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^verdict<<ghadelimiter_[0-9a-f-]{36}\npass\nghadelimiter_/);
    expect(parseCommandFile(text)).toEqual({ verdict: 'pass', multi: 'a\nb=c\n' });
    expect(parseCommandFile(readFileSync(state, 'utf8'))).toEqual({ 'state-file': '/tmp/x' });
  });

  it('refuses a missing command file, as @actions/core does', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing');
    expect(() => runner.setOutput('a', 'b')).toThrow(/Missing file at path/);
  });

  it('without GITHUB_OUTPUT, prints set-output like @actions/core', () => {
    delete process.env.GITHUB_OUTPUT;
    const ours = captureOurs(() => runner.setOutput('k', 'v\n1'));
    const theirs = captureStdout(() => core.setOutput('k', 'v\n1'));
    expect(ours).toBe(theirs);
  });

  it('reads inputs as the runner passes them, trimmed', () => {
    process.env.INPUT_SOME_NAME = '  value \n';
    expect(runner.getInput('some name')).toBe(core.getInput('some name'));
    expect(runner.getInput('some name')).toBe('value');
  });

  it('appends to the job summary and fails clearly without one', () => {
    const summary = join(dir, 'summary');
    writeFileSync(summary, '# before\n');
    process.env.GITHUB_STEP_SUMMARY = summary;
    runner.appendSummary('## after\n');
    expect(readFileSync(summary, 'utf8')).toBe('# before\n## after\n');
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(() => runner.appendSummary('x')).toThrow(/GITHUB_STEP_SUMMARY/);
  });

  it('setFailed sets exit code 1 and an error annotation', () => {
    const out = captureOurs(() => runner.setFailed('gate fail: x'));
    expect(out).toBe('::error::gate fail: x\n');
    expect(process.exitCode).toBe(1);
  });
});

const gates = readdirSync(join(REPO_ROOT, 'actions')).filter(
  (g) =>
    existsSync(join(REPO_ROOT, 'actions', g, 'action.yml')) &&
    existsSync(join(REPO_ROOT, 'dist', g, 'index.js'))
);

describe('what the build compiles into each bundle', () => {
  it.each(gates)(
    '%s: the main chunk carries its action spec and no @actions/core HTTP client',
    (gate) => {
      const main = readFileSync(join(REPO_ROOT, 'dist', gate, 'index.js'), 'utf8');
      // The spec, parsed from action.yml at build time, is in the bundle as JSON text (a string
      // literal, parsed when first asked for).
      expect(main).toContain(`"{\\"gate\\":\\"${gate}\\",\\"name\\":`);
      // @actions/core's OIDC client (and with it @actions/http-client and undici) is a lazy chunk.
      expect(main).not.toContain('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL');
      expect(main).not.toContain('ghadelimiter_${crypto.randomUUID()}');
    }
  );

  it('a bundle runs from its compiled spec: no action.yml is read at start', () => {
    // A copy of the bundle in a tree with no actions/ folder: it still knows its inputs.
    const elsewhere = mkdtempSync(join(tmpdir(), 'cold-bundle-'));
    cpSync(join(REPO_ROOT, 'dist', 'slsa-verify'), join(elsewhere, 'slsa-verify'), {
      recursive: true
    });
    const io = mkdtempSync(join(tmpdir(), 'cold-io-'));
    for (const f of ['output', 'summary']) writeFileSync(join(io, f), '');
    const r = spawnSync(process.execPath, [join(elsewhere, 'slsa-verify', 'index.js')], {
      cwd: io,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        RUNNER_TEMP: io,
        GITHUB_WORKSPACE: io,
        GITHUB_OUTPUT: join(io, 'output'),
        GITHUB_STEP_SUMMARY: join(io, 'summary'),
        'INPUT_SOURCE-URI': 'github.com/acme/widget',
        INPUT_MODE: 'bogus'
      }
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const outputs = parseCommandFile(readFileSync(join(io, 'output'), 'utf8'));
    expect(outputs.verdict).toBe('error');
    const result = JSON.parse(readFileSync(outputs['result-file'], 'utf8')) as {
      findings: { rule: string; message: string }[];
    };
    expect(result.findings[0].rule).toBe('input/invalid');
    expect(result.findings[0].message).toMatch(/mode.*bogus.*enforce.*audit/s);
  });
});
