/**
 * zizmor's integration cases, recreated as our own fixtures (fixtures/*.yml), run through the
 * gate with every rule at `error`: each annotated line carries exactly the findings its
 * `# flag:` comment names, and no other line of the fixture carries a finding of its rules.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_NAMES } from '../../../src/gates/workflow-policy/policy.js';
import { check } from '../helpers.js';
import { readAnnotations } from './annotations.js';
import '../../helpers/yaml-library.js';

const DIR = fileURLToPath(new URL('./fixtures', import.meta.url));
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .sort();
const ALL_ON = `rules:\n${RULE_NAMES.map((r) => `  ${r}: error`).join('\n')}\n`;

describe('zizmor cases as fixtures', () => {
  it('has fixtures for every rule of this half', () => {
    const covered = new Set(
      FIXTURES.flatMap((f) => readAnnotations(readFileSync(join(DIR, f), 'utf8')).rules)
    );
    for (const r of [
      'artipacked',
      'persist-credentials',
      'bot-conditions',
      'cache-poisoning',
      'github-env',
      'insecure-commands',
      'obfuscation',
      'overprovisioned-secrets',
      'self-hosted-runner',
      'unsound-contains',
      'unsound-condition',
      'unsound-ternary',
      'unpinned-images',
      'hardcoded-container-credentials',
      'unredacted-secrets',
      'secrets-outside-env',
      'github-app',
      'adhoc-packages',
      'unpinned-tools',
      'permissions',
      'template-injection'
    ]) {
      expect([r, covered.has(r)]).toEqual([r, true]);
    }
  });

  it.each(FIXTURES)('%s', async (name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const { rules, expected } = readAnnotations(text);
    const file = `.github/workflows/${name}`;
    const r = await check(
      { [file]: text, '.github/ci-intel/workflow-policy.yml': ALL_ON },
      {},
      { GITHUB_REPOSITORY: 'acme/widget' }
    );
    expect(r.findings.filter((f) => f.rule === 'workflow-policy/invalid-workflow')).toEqual([]);
    const got = r.findings
      .filter((f) => f.file === file && rules.includes(f.rule.replace('workflow-policy/', '')))
      .map((f) => `${f.line} ${f.rule.replace('workflow-policy/', '')}`)
      .sort();
    const want = expected.map((e) => `${e.line} ${e.rule}`).sort();
    expect(got).toEqual(want);
    for (const e of expected.filter((x) => x.level)) {
      const f = r.findings.find(
        (x) => x.file === file && x.line === e.line && x.rule === `workflow-policy/${e.rule}`
      );
      expect([e.line, e.rule, f?.severity]).toEqual([e.line, e.rule, e.level]);
    }
  });
});
