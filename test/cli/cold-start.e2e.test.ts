/**
 * Cold start of dist/cli: every gate's spec is compiled into the bundle (scripts/build.mjs), so
 * neither the usage nor a gate's help parses an action.yml (the YAML parser and the spec reader do
 * not load), and each command loads only its own modules.
 */
import { describe, expect, it } from '@jest/globals';
import { moduleLoadLog } from '../helpers/module-loads.js';
import { runCli } from '../helpers/run-action.js';

async function cli(args: string[]) {
  const loads = moduleLoadLog();
  const r = await runCli(args, { env: loads.env });
  return { r, modules: loads.loaded('cli') };
}

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
});
