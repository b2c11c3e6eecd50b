/**
 * Cold start of dist/workflow-policy: an offline run that asks for no fixes never loads the
 * online audits, the GitHub client or the fixers (ncc puts them in chunks loaded with import());
 * a run whose workflows the fast reader reads, whose globs are simple and whose policy has no
 * exceptions loads neither the yaml library's parser nor minimatch, and no run that writes no
 * SARIF loads node:crypto. The policy schema's validator loads only with a policy to validate,
 * and the runner commands are written without building process.stdout (whose stream modules are
 * not in Node's startup snapshot). A chunk of one module carries no module-name comment, so a
 * loaded bundle file is recognised by the definition it holds.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { moduleLoadLog } from '../helpers/module-loads.js';
import { runAction } from '../helpers/run-action.js';
import { GOOD, workspace } from './helpers.js';

const ONLINE = ['function runOnlineAudits(', 'class RepoFacts ', 'class GitHubClient '];
const FIX = ['function fixesFor(', 'function unifiedDiff('];
/** The yaml library's parser (its composer and public parse functions). */
const YAML_PARSER = ['class Composer ', 'function parseAllDocuments('];
const MINIMATCH = ['class Minimatch '];
/** The generated validator of schema/workflow-policy.v1.json (the schema's $id in its code). */
const POLICY_VALIDATOR = ['"$id":"https://ci-intel.dev/schema/workflow-policy.v1.json"'];
/** What building process.stdout or process.stderr loads (a pipe, a file, a terminal). */
// (node:stream itself is not among them: Node's --import, which the load hook needs, loads it.)
const STDIO_STREAM = ['net', 'tty', 'internal/fs/sync_write_stream'].map(
  (m) => `NativeModule ${m}`
);

/** A workflow the fast reader leaves to the library (a tag, `!!str`; an anchor and an alias too). */
const TAGGED = [
  'name: ci',
  'on: [push]',
  'permissions: {}',
  'concurrency: { group: ci, cancel-in-progress: true }',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-24.04',
  '    timeout-minutes: 10',
  '    env: &shared',
  '      A: !!str 1',
  '    steps:',
  '      - run: echo hi',
  '        env: *shared',
  ''
].join('\n');

async function run(
  inputs: Record<string, string>,
  files: Record<string, string> = { '.github/workflows/ci.yml': GOOD }
) {
  const loads = moduleLoadLog();
  const r = await runAction('workflow-policy', {
    workspace: workspace(files),
    inputs,
    env: loads.env
  });
  const urls = readFileSync(loads.env.LOAD_LOG, 'utf8').split('\n');
  const texts = urls
    .filter((u) => u.startsWith('file:') && u.includes('/dist/workflow-policy/'))
    .map((u) => readFileSync(fileURLToPath(u), 'utf8'));
  const defined = (d: string) => texts.some((t) => t.includes(d));
  const builtins = loads.builtins();
  const builtin = (b: string) => builtins.has(b);
  return {
    r,
    texts,
    defined,
    builtin,
    modules: loads.loaded('workflow-policy'),
    internal: loads.internal()
  };
}

describe('dist/workflow-policy loads the online and fix modules only when the run uses them', () => {
  it('a default run checks the file without loading them, the YAML parser, minimatch or node:crypto', async () => {
    const { r, texts, defined, builtin, modules, internal } = await run({});
    expect(r.result?.verdict).toBe('pass');
    expect(texts.length).toBeGreaterThan(0);
    expect(modules.has('lib/gates/workflow-policy/index.js')).toBe(true);
    expect(modules.has('lib/workflows/yaml-fast.js')).toBe(true);
    for (const d of [...ONLINE, ...FIX, ...YAML_PARSER, ...MINIMATCH, ...POLICY_VALIDATOR])
      expect([d, defined(d)]).toEqual([d, false]);
    expect(builtin('node:crypto')).toBe(false);
    expect(builtin('node:fs')).toBe(true);
    // The log line reached stdout, without the stream modules.
    expect(r.stdout).toMatch(/^workflow-policy: pass — 1 workflow file checked/m);
    expect(internal.has('NativeModule fs')).toBe(true);
    for (const m of STDIO_STREAM) expect([m, internal.has(m)]).toEqual([m, false]);
  });

  it('a policy file loads the policy validator and is checked against the schema as before', async () => {
    const bad = await run(
      {},
      {
        '.github/workflows/ci.yml': GOOD,
        '.github/ci-intel/workflow-policy.yml': 'rules:\n  pinned-uses: sometimes\n'
      }
    );
    expect(bad.r.exitCode).toBe(1);
    expect(bad.r.outputs.verdict).toBe('error');
    expect(bad.r.stdout).toContain(
      'does not match schema/workflow-policy.v1.json: /rules/pinned-uses'
    );
    for (const d of POLICY_VALIDATOR) expect([d, bad.defined(d)]).toEqual([d, true]);
    const good = await run(
      {},
      {
        '.github/workflows/ci.yml': GOOD,
        '.github/ci-intel/workflow-policy.yml': 'rules:\n  pinned-uses: off\n'
      }
    );
    expect(good.r.result?.verdict).toBe('pass');
    for (const d of POLICY_VALIDATOR) expect([d, good.defined(d)]).toEqual([d, true]);
  });

  it('fix-diff: true loads the fixers, not the GitHub client', async () => {
    const { r, defined } = await run({ 'fix-diff': 'true' });
    expect(r.result?.verdict).toBe('pass');
    for (const d of FIX) expect([d, defined(d)]).toEqual([d, true]);
    for (const d of ONLINE) expect([d, defined(d)]).toEqual([d, false]);
  });

  it('a workflow the fast reader gives up on loads the YAML parser, and is read as before', async () => {
    const { r, defined } = await run({}, { '.github/workflows/ci.yml': TAGGED });
    expect(r.result?.verdict).toBe('pass');
    expect(r.result?.evidence).toMatchObject({ filesScanned: 1, invalid: [] });
    for (const d of YAML_PARSER) expect([d, defined(d)]).toEqual([d, true]);
    for (const d of MINIMATCH) expect([d, defined(d)]).toEqual([d, false]);
  });

  it('a glob beyond the simple form loads minimatch and matches as before', async () => {
    const { r, defined } = await run(
      { workflows: '.github/**/*.yml' },
      { '.github/workflows/ci.yml': GOOD, '.github/workflows/sub/other.yml': GOOD }
    );
    expect(r.result?.verdict).toBe('pass');
    expect(r.outputs['workflows-scanned']).toBe('2');
    for (const d of MINIMATCH) expect([d, defined(d)]).toEqual([d, true]);
  });

  it('sarif-file loads node:crypto for the fingerprints of its results', async () => {
    // No concurrency group: one warning, so one SARIF result with a fingerprint.
    const noGroup = TAGGED.replace('concurrency: { group: ci, cancel-in-progress: true }\n', '');
    const { r, builtin } = await run(
      { 'sarif-file': 'out.sarif' },
      { '.github/workflows/ci.yml': noGroup }
    );
    expect(r.result?.verdict).toBe('pass');
    expect(r.result?.findings.length).toBeGreaterThan(0);
    expect(builtin('node:crypto')).toBe(true);
  });
});
