/**
 * Aliases are followed the way the yaml library's `Alias.resolve` follows them (the last node
 * anchored with the alias's name before it, in document order), in one walk of the document: the
 * library walks the whole document for every alias, which made a workflow of 9,000 aliases
 * take 79 s in the shipped bundle.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Alias, isAlias, visit } from '../../src/workflows/yaml-nodes.js';
import { parseYaml, setFastYaml, type YamlDoc } from '../../src/workflows/yaml-doc.js';
import { parseWorkflow } from '../../src/workflows/workflow.js';
import { runAction } from '../helpers/run-action.js';
import '../helpers/yaml-library.js';
import { workspace } from '../workflow-policy/helpers.js';

function parsed(text: string, fast = true): YamlDoc {
  const was = setFastYaml(fast);
  try {
    const r = parseYaml('w.yml', text);
    if (!r.ok) throw new Error(r.problem.message);
    return r.yaml;
  } finally {
    setFastYaml(was);
  }
}

function aliasesOf(y: YamlDoc): Alias[] {
  const out: Alias[] = [];
  visit(y.doc, {
    Alias: (_key, node) => {
      out.push(node);
    }
  });
  return out;
}

const TEXTS: [string, string][] = [
  ['one anchor, several aliases', 'a: &x 1\nb: *x\nc: [*x, *x]\n'],
  ['an anchor given again: each alias takes the one before it', 'a: &x one\nb: *x\nc: &x two\nd: *x\n'],
  ['an anchored mapping and sequence', 'a: &m\n  k: v\nb: &s\n  - 1\nc: *m\nd: *s\n'],
  ['anchors inside a sequence', 'l:\n  - &p first\n  - *p\n  - &p second\n  - *p\n'],
  ['an alias inside the node its anchor names', 'a: &r\n  b: *r\n']
];

afterEach(() => {
  jest.restoreAllMocks();
});

/**
 * A workflow whose `n` steps each run `*a`, the alias of one env value, its job's env holding
 * `envKeys` more values (a larger document for each alias to be looked up in).
 */
function manyAliases(n: number, envKeys = 0): string {
  const steps = Array.from({ length: n }, () => '      - run: *a').join('\n');
  const env = Array.from({ length: envKeys }, (_, i) => `      K${i}: v${i}\n`).join('');
  return `name: ci\non: push\npermissions: {}\nconcurrency: ci\nenv:\n  A: &a hello\njobs:\n  j:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n${env ? `    env:\n${env}` : ''}    steps:\n${steps}\n`;
}

describe('following aliases', () => {
  for (const [name, text] of TEXTS) {
    for (const fast of [true, false]) {
      it(`${name} (${fast ? 'fast reader' : 'library parser'}): the target the library finds`, () => {
        const y = parsed(text, fast);
        const aliases = aliasesOf(y);
        expect(aliases.length).toBeGreaterThan(0);
        for (const a of aliases) {
          const expected = a.resolve(y.doc);
          expect(expected).toBeDefined();
          expect(y.resolve(a)).toBe(expected);
        }
      });
    }
  }

  it('finds every target in one walk, never by the library walking the document per alias', () => {
    const y = parsed('a: &x 1\nb: *x\nc: *x\nd: *x\n');
    const perAlias = jest.spyOn(Alias.prototype, 'resolve');
    const targets = aliasesOf(y).map((a) => y.resolve(a));
    expect(targets).toHaveLength(3);
    for (const t of targets) expect(t).toBe(targets[0]);
    expect(perAlias).not.toHaveBeenCalled();
  });

  it('still refuses an alias whose anchor comes after it', () => {
    const r = parseWorkflow('w.yml', 'name: *late\non: push\nx: &late y\njobs: {}\n');
    expect(r.ok).toBe(false);
  });

  it('follows each of 9,000 aliases to its anchor', () => {
    const y = parsed(manyAliases(9000));
    const aliases = aliasesOf(y);
    expect(aliases).toHaveLength(9000);
    const anchored = y.doc.getIn(['env', 'A'], true);
    for (const a of aliases) expect(y.resolve(a)).toBe(anchored);
    expect(aliases.every((a) => isAlias(a))).toBe(true);
  });
});

describe('the gates over a workflow of thousands of aliases (dist, as the runner runs it)', () => {
  // 1,500 aliases in a 632 KB file: before aliases were followed in one walk, pr-target-ban took
  // 44 s and workflow-policy more than 60 s; now about 0.2 s each. (workflow-policy's budget of
  // alias expansions, MAX_ALIAS_DEREFS, stops at about 2,000 aliases: its rules follow each
  // alias several times.)
  for (const gate of ['workflow-policy', 'pr-target-ban']) {
    it(`${gate} decides on 1,500 aliases in a large file (killed after 20 s)`, async () => {
      const ws = workspace({ '.github/workflows/ci.yml': manyAliases(1500, 30_000) });
      const run = await runAction(gate, { workspace: ws, timeoutMs: 20_000 });
      expect(run.exitCode).toBe(0);
      expect(run.result?.verdict).toBe('pass');
      expect(run.outputs['workflows-scanned']).toBe('1');
    }, 30_000);
  }
});
