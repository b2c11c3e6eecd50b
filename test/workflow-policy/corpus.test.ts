/**
 * The 1,043 real workflow files of ../shared/corpora/workflows: every one gets a verdict (no crash,
 * no internal error), and pinned-uses agrees line by line with an independent reading of the
 * plain `uses: owner/repo@ref` lines.
 */
import { beforeAll, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GateResult } from '../../src/core/result.js';
import type { WorkflowPolicyEvidence } from '../../src/gates/workflow-policy/index.js';
import { describeWithShared, SHARED, whenShared } from '../helpers/shared.js';
import { checkIn } from './helpers.js';

const CORPUS = join(SHARED, 'corpora', 'workflows');
const names = whenShared(() => readdirSync(CORPUS).sort(), []);
let result: GateResult;
let ev: WorkflowPolicyEvidence;

const findingsOf = (file: string, rule: string) =>
  result.findings.filter(
    (f) => basename(f.file ?? '') === file && f.rule === `workflow-policy/${rule}`
  );

beforeAll(async () => {
  result = await checkIn(CORPUS, { workflows: '.' });
  ev = result.evidence as unknown as WorkflowPolicyEvidence;
}, 120_000);

describeWithShared('corpus of real workflows', () => {
  it('checks every file: each is either checked or reported unreadable with a position, never a crash', () => {
    expect(names.length).toBe(1043);
    expect(ev.filesScanned).toBe(1043);
    expect(result.findings.some((f) => f.rule === 'gate/error')).toBe(false);
    for (const inv of ev.invalid) {
      expect(inv.message).not.toMatch(/internal error|cannot read the workflow/);
      expect(inv.line).toBeGreaterThanOrEqual(1);
    }
    // Only files GitHub itself would reject are unreadable (no 'on', not a mapping, YAML errors).
    expect(ev.invalid.length).toBeLessThan(60);
    expect(result.verdict).toBe('error');
  });

  it('pinned-uses agrees with an independent line reading of plain owner/repo@ref uses', () => {
    const unreadable = new Set(ev.invalid.map((i) => basename(i.file)));
    const flagged = new Set(
      result.findings
        .filter((f) => f.rule === 'workflow-policy/pinned-uses')
        .map((f) => `${basename(f.file!)}:${f.line}`)
    );
    const expected = new Set<string>();
    for (const name of names) {
      if (unreadable.has(name)) continue;
      readFileSync(join(CORPUS, name), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const m =
            /^\s*(?:-\s+)?uses:\s*["']?(?!\.\/)([\w.-]+\/[\w./-]+(?:@[^\s"'#]*)?)["']?\s*(#.*)?$/.exec(
              line
            );
          if (m && !/@[0-9a-fA-F]{40}$/.test(m[1])) expected.add(`${name}:${i + 1}`);
        });
    }
    expect(expected.size).toBeGreaterThan(400);
    const missed = [...expected].filter((k) => !flagged.has(k));
    expect(missed).toEqual([]);
    // What the gate finds beyond the line reading are the forms that fool it (flow mappings, obfuscation).
    const beyond = [...flagged].filter((k) => !expected.has(k));
    const lineOf = (k: string) => {
      const [name, n] = k.split(':');
      return readFileSync(join(CORPUS, name), 'utf8').split('\n')[Number(n) - 1];
    };
    const shapes = beyond
      .map((k) => [k, lineOf(k)])
      .filter(([, l]) => !/docker:\/\/|\{.*uses:|uses:\s*[>|]\s*$/.test(l));
    expect(shapes.filter(([k]) => !k.startsWith('zizmor-testdata__'))).toEqual([]);
  });

  it('flags the known-bad fixtures of the anchors (zizmor, gha-hazmat, Scorecard)', () => {
    expect(
      findingsOf(
        'scorecard-testdata__github-workflow-dangerous-pattern-untrusted-script-injection.yml',
        'template-injection'
      )
    ).toHaveLength(1);
    expect(
      findingsOf('zizmor-testdata__template-injection__dataflow.yml', 'template-injection').map(
        (f) => f.line
      )
    ).toEqual([21, 22, 23, 28, 29]);
    expect(findingsOf('zizmor-testdata__secrets-inherit.yml', 'secrets-inherit')).toHaveLength(1);
    expect(
      findingsOf('woodruffw+gha-hazmat__hardcoded-credentials.yml', 'static-secrets')
    ).toHaveLength(2);
    expect(
      findingsOf('woodruffw+gha-hazmat__artipacked.yml', 'persist-credentials').map((f) => f.line)
    ).toEqual([35, 52, 78]);
    expect(
      findingsOf('scorecard-testdata__github-workflow-permissions-writeall.yaml', 'permissions')[0]
        .message
    ).toContain('write-all');
    expect(
      findingsOf('scorecard-testdata__github-workflow-permissions-absent.yaml', 'permissions')[0]
        .message
    ).toContain('no top-level permissions block');
    // Safe neighbours stay quiet: reads-only permissions, static env in scripts.
    expect(
      findingsOf('scorecard-testdata__github-workflow-permissions-reads.yaml', 'permissions')
    ).toEqual([]);
    expect(
      findingsOf('zizmor-testdata__template-injection__static-env.yml', 'template-injection').map(
        (f) => f.line
      )
    ).toEqual([43, 50, 55]);
  });
});
