/**
 * The expression index the zizmor-derived rules share: the sites static-secrets' walk records
 * are the sites a walk of their own finds (same scalars, jobs and keys), on every fixture.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPolicy } from '../../../src/gates/workflow-policy/policy.js';
import { exprSites } from '../../../src/gates/workflow-policy/rules/expr-sites.js';
import { staticSecrets } from '../../../src/gates/workflow-policy/rules/static-secrets.js';
import { SourceText } from '../../../src/gates/workflow-policy/source.js';
import { parseWorkflow, type Workflow } from '../../../src/workflows/workflow.js';
import '../../helpers/yaml-library.js';

const DIR = fileURLToPath(new URL('./fixtures', import.meta.url));

function parsed(name: string, text: string): Workflow {
  const p = parseWorkflow(name, text);
  if (!p.ok) throw new Error(`${name}: ${p.problem.message}`);
  return p.workflow;
}

const shape = (wf: Workflow) =>
  exprSites(wf).map((s) => [
    wf.yaml.pos(s.node).line,
    s.nth,
    s.job ?? null,
    s.key ?? null,
    s.span.body
  ]);

describe('expression sites', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.yml')))(
    '%s: one walk, same sites',
    (name) => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const own = parsed(name, text);
      const shared = parsed(name, text);
      staticSecrets({
        wf: shared,
        source: new SourceText(text),
        policy: defaultPolicy(),
        pins: new Map(),
        sensitive: []
      });
      expect(shape(shared)).toEqual(shape(own));
    }
  );
});
