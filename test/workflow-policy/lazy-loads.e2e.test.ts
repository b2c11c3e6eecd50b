/**
 * Cold start of dist/workflow-policy: an offline run that asks for no fixes never loads the
 * online audits, the GitHub client or the fixers (ncc puts them in chunks loaded with import()).
 * A chunk of one module carries no module-name comment, so a loaded bundle file is recognised
 * by the definition it holds.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { moduleLoadLog } from '../helpers/module-loads.js';
import { runAction } from '../helpers/run-action.js';
import { GOOD, workspace } from './helpers.js';

const ONLINE = ['function runOnlineAudits(', 'class RepoFacts ', 'class GitHubClient '];
const FIX = ['function fixesFor(', 'function unifiedDiff('];

async function run(inputs: Record<string, string>) {
  const loads = moduleLoadLog();
  const r = await runAction('workflow-policy', {
    workspace: workspace({ '.github/workflows/ci.yml': GOOD }),
    inputs,
    env: loads.env
  });
  const texts = readFileSync(loads.env.LOAD_LOG, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:') && u.includes('/dist/workflow-policy/'))
    .map((u) => readFileSync(fileURLToPath(u), 'utf8'));
  const defined = (d: string) => texts.some((t) => t.includes(d));
  return { r, texts, defined, modules: loads.loaded('workflow-policy') };
}

describe('dist/workflow-policy loads the online and fix modules only when the run uses them', () => {
  it('a default run checks the file without loading them', async () => {
    const { r, texts, defined, modules } = await run({});
    expect(r.result?.verdict).toBe('pass');
    expect(texts.length).toBeGreaterThan(0);
    expect(modules.has('lib/gates/workflow-policy/index.js')).toBe(true);
    for (const d of [...ONLINE, ...FIX]) expect([d, defined(d)]).toEqual([d, false]);
  });

  it('fix-diff: true loads the fixers', async () => {
    const { r, defined } = await run({ 'fix-diff': 'true' });
    expect(r.result?.verdict).toBe('pass');
    for (const d of FIX) expect([d, defined(d)]).toEqual([d, true]);
  });
});
