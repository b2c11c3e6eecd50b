/**
 * The hub's own workflows: every step that uses one of our gates passes only inputs its action.yml
 * declares and every required one; every action.yml is a node24 action whose bundle exists.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import { parseWorkflow } from '../../src/workflows/workflow.js';
import { REPO_ROOT } from '../helpers/run-action.js';

const WF_DIR = join(REPO_ROOT, '.github', 'workflows');
const workflows = readdirSync(WF_DIR).filter((f) => /\.ya?ml$/.test(f));
const gates = readdirSync(join(REPO_ROOT, 'actions')).filter((g) =>
  existsSync(join(REPO_ROOT, 'actions', g, 'action.yml'))
);

describe('action.yml files', () => {
  it.each(gates)(
    '%s runs on node24 from its committed bundle and declares mode, verdict, result-file',
    (gate) => {
      const spec = loadActionSpec(gate, REPO_ROOT);
      expect(spec.using).toBe('node24');
      expect(existsSync(resolve(REPO_ROOT, 'actions', gate, spec.main))).toBe(true);
      if (spec.post) expect(existsSync(resolve(REPO_ROOT, 'actions', gate, spec.post))).toBe(true);
      const mode = spec.inputs.find((i) => i.name === 'mode');
      expect(mode).toMatchObject({
        type: 'choice',
        options: ['enforce', 'audit'],
        default: 'enforce'
      });
      expect(spec.outputs.map((o) => o.name)).toEqual(
        expect.arrayContaining(['verdict', 'result-file'])
      );
      for (const i of spec.inputs) expect(i.description.length).toBeGreaterThan(10);
    }
  );
});

describe('hub workflows use the gates as their action.yml says', () => {
  it.each(workflows)('%s', (file) => {
    const parsed = parseWorkflow(file, readFileSync(join(WF_DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message}`);
    const problems: string[] = [];
    for (const job of parsed.workflow.jobs) {
      for (const step of job.steps) {
        const m = /^(?:\$\/|\.\/)actions\/([a-z0-9-]+)$/.exec(step.uses?.value ?? '');
        if (!m) continue;
        const spec = loadActionSpec(m[1], REPO_ROOT);
        const known = new Set(spec.inputs.map((i) => i.name));
        for (const k of step.with.keys()) {
          if (!known.has(k)) problems.push(`job ${job.id}: ${m[1]} has no input '${k}'`);
        }
        for (const i of spec.inputs.filter((x) => x.required)) {
          if (!step.with.has(i.name))
            problems.push(`job ${job.id}: ${m[1]} needs input '${i.name}'`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('calls at least one gate from a reusable workflow', () => {
    const text = workflows.map((f) => readFileSync(join(WF_DIR, f), 'utf8')).join('\n');
    expect(text).toMatch(/uses: \$\/actions\/pr-target-ban/);
  });
});
