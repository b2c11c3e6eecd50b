/**
 * Cold start of dist/workflow-policy: an offline run that asks for no fixes never loads the
 * online audits, the GitHub client or the fixers (ncc puts them in chunks loaded with import()).
 */
import { describe, expect, it } from '@jest/globals';
import { moduleLoadLog } from '../helpers/module-loads.js';
import { runAction } from '../helpers/run-action.js';
import { GOOD, workspace } from './helpers.js';

const LAZY_ONLINE = [
  'lib/gates/workflow-policy/online/audits.js',
  'lib/gates/workflow-policy/online/repo-facts.js',
  'lib/github/client.js',
  'lib/github/paginate.js'
];
const LAZY_FIX = [
  'lib/gates/workflow-policy/fix/fixers.js',
  'lib/gates/workflow-policy/fix/patch.js'
];

async function run(inputs: Record<string, string>) {
  const loads = moduleLoadLog();
  const r = await runAction('workflow-policy', {
    workspace: workspace({ '.github/workflows/ci.yml': GOOD }),
    inputs,
    env: loads.env
  });
  return { r, modules: loads.loaded('workflow-policy') };
}

describe('dist/workflow-policy loads the online and fix modules only when the run uses them', () => {
  it('a default run checks the file without loading them', async () => {
    const { r, modules } = await run({});
    expect(r.result?.verdict).toBe('pass');
    expect(modules.has('lib/gates/workflow-policy/index.js')).toBe(true);
    expect(modules.has('lib/gates/workflow-policy/online/checks.js')).toBe(true);
    for (const m of [...LAZY_ONLINE, ...LAZY_FIX]) expect([m, modules.has(m)]).toEqual([m, false]);
  });

  it('fix-diff: true loads the fixers (and still not the GitHub client)', async () => {
    const { r, modules } = await run({ 'fix-diff': 'true' });
    expect(r.result?.verdict).toBe('pass');
    for (const m of LAZY_FIX) expect([m, modules.has(m)]).toEqual([m, true]);
    expect(modules.has('lib/github/client.js')).toBe(false);
  });
});
