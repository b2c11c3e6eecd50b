/**
 * Cold start of dist/cli: every gate's spec is compiled into the bundle (scripts/build.mjs), so
 * neither the usage nor a gate's help parses an action.yml (the YAML parser and the spec reader do
 * not load), and each command loads only its own modules.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleLoadLog } from '../helpers/module-loads.js';
import { runCli } from '../helpers/run-action.js';

async function cli(args: string[]) {
  const loads = moduleLoadLog();
  const r = await runCli(args, { env: loads.env });
  const texts = readFileSync(loads.env.LOAD_LOG, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:') && u.includes('/dist/cli/'))
    .map((u) => readFileSync(fileURLToPath(u), 'utf8'));
  /** Whether the run loaded the generated validator of schema/<name> (its $id is in its code). */
  const validator = (name: string) =>
    texts.some((t) => t.includes(`"$id":"https://ci-intel.dev/schema/${name}"`));
  return { r, modules: loads.loaded('cli'), internal: loads.internal(), validator };
}

/** Every schema the CLI carries a generated validator for (scripts/build.mjs). */
const VALIDATED = [
  'dr-freshness-evidence.v1.json',
  'pr-target-allowlist.v1.json',
  'release-evidence.v1.json',
  'sbom-vex-grype-report.v1.json',
  'sbom-vex-kev.v1.json',
  'sbom-vex-osv-report.v1.json',
  'sbom-vex-trivy-report.v1.json',
  'workflow-policy.v1.json'
];

function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cli-cold-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const WORKFLOW = [
  'name: ci',
  'on: [push]',
  'permissions: {}',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-24.04',
  '    steps:',
  '      - run: echo hi',
  ''
].join('\n');

describe('dist/cli loads only what the command uses', () => {
  it('--help lists every gate from the compiled specs, without the spec reader or a command module', async () => {
    const { r, modules } = await cli(['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^ {2}workflow-policy {6}Compliance-as-code/m);
    expect(r.stdout).toMatch(/^ {2}cache-sentinel {7}Signed, BLAKE3-verified/m);
    expect(modules.has('lib/cli/main.js')).toBe(true);
    expect(modules.has('lib/core/action-spec.js')).toBe(false);
    for (const m of ['config-commands', 'report-command', 'template-commands'])
      expect(modules.has(`lib/cli/${m}.js`)).toBe(false);
  });

  it("a gate's --help comes from its compiled spec", async () => {
    const { r, modules } = await cli(['dr-freshness', '--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/--max-age/);
    expect(modules.has('lib/core/action-spec.js')).toBe(false);
  });

  it('config loads its command module (and the config reader) when it runs', async () => {
    const { r, modules } = await cli(['config', 'dr-freshness']);
    expect(r.exitCode).toBe(0);
    expect(modules.has('lib/cli/config-commands.js')).toBe(true);
    expect(modules.has('lib/cli/report-command.js')).toBe(false);
  });

  it('a gate run loads no schema validator it does not use, and output goes out without process.stdout', async () => {
    const ws = checkout({ '.github/workflows/ci.yml': WORKFLOW });
    const { r, validator, internal } = await cli(['workflow-policy', '--workspace', ws]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^PASS workflow-policy: 1 workflow file checked/m);
    for (const n of VALIDATED) expect([n, validator(n)]).toEqual([n, false]);
    // What building process.stdout loads for a pipe, a terminal, a file (node:stream itself is
    // not among them: Node's --import, which the load hook needs, loads it).
    for (const m of ['net', 'tty', 'internal/fs/sync_write_stream'].map((x) => `NativeModule ${x}`))
      expect([m, internal.has(m)]).toEqual([m, false]);
  });

  it("a gate that validates loads that schema's validator alone, and validates as before", async () => {
    const ws = checkout({
      '.github/workflows/ci.yml': WORKFLOW,
      '.github/ci-intel/workflow-policy.yml': 'rules:\n  pinned-uses: sometimes\n'
    });
    const { r, validator } = await cli(['workflow-policy', '--workspace', ws]);
    expect(r.exitCode).toBe(2); // could not decide
    expect(r.stdout).toMatch(/^ERROR workflow-policy: could not decide: input 'policy'/m);
    expect(r.stdout + r.stderr).toContain(
      'does not match schema/workflow-policy.v1.json: /rules/pinned-uses'
    );
    for (const n of VALIDATED)
      expect([n, validator(n)]).toEqual([n, n === 'workflow-policy.v1.json']);
  });
});
