import { describe, expect, it } from '@jest/globals';
import { parseWorkflow, type WorkflowParse } from '../../src/workflows/workflow.js';
import { referencedPaths } from '../../src/workflows/expressions.js';
import '../helpers/yaml-library.js';

const JOBS = '\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

function triggers(text: string): string[] {
  const r = parseWorkflow('w.yml', text);
  if (!r.ok) throw new Error(`unexpected parse failure: ${r.problem.message}`);
  return r.workflow.triggers.map((t) => t.event);
}

function problem(text: string): WorkflowParse & { ok: false } {
  const r = parseWorkflow('w.yml', text);
  if (r.ok) throw new Error('expected a parse failure');
  return r;
}

describe('trigger forms', () => {
  it.each([
    ['scalar', 'on: pull_request_target'],
    ['quoted scalar', "on: 'pull_request_target'"],
    ['flow sequence', 'on: [push, pull_request_target]'],
    ['block sequence', 'on:\n  - push\n  - pull_request_target'],
    ['mapping with null body', 'on:\n  pull_request_target:'],
    ['mapping with types', 'on:\n  pull_request_target:\n    types: [opened, synchronize]'],
    ['flow mapping', 'on: {push: {branches: [main]}, pull_request_target: {types: [labeled]}}'],
    ['double-quoted on key', '"on": [pull_request_target]'],
    ['single-quoted on key', "'on':\n  pull_request_target: {}"],
    ['quoted event key', 'on:\n  "pull_request_target":\n    branches: [main]'],
    ['explicit key', '? on\n: pull_request_target'],
    ['tagged string key', '!!str on: pull_request_target'],
    ['anchor on the event list', 'x: &ev [pull_request_target]\non: *ev'.replace('x:', 'name:')],
    ['alias as event name', 'name: &t pull_request_target\non: [*t]'],
    ['anchored filters', 'on:\n  push: &f {branches: [main]}\n  pull_request_target: *f'],
    ['CRLF line ends', 'on:\r\n  pull_request_target:\r\n']
  ])('%s', (_name, on) => {
    expect(triggers(on + JOBS)).toContain('pull_request_target');
  });

  it('reports the position of the trigger key', () => {
    const r = parseWorkflow('w.yml', 'name: x\non:\n  push:\n  pull_request_target:\n' + JOBS);
    expect(r.ok && r.workflow.triggers[1]).toMatchObject({
      event: 'pull_request_target',
      pos: { line: 4, column: 3 }
    });
  });

  it.each([
    ['a comment', '# on: pull_request_target\non: push'],
    ['a string value', 'name: "pull_request_target"\non: push'],
    ['a block scalar', 'name: |\n  on: pull_request_target\non: push'],
    [
      'a job name',
      'on: push\njobs:\n  pull_request_target:\n    runs-on: x\n    steps: [{run: echo}]'
    ],
    [
      'a step',
      'on: [push]\njobs:\n  a:\n    runs-on: x\n    steps:\n      - name: pull_request_target\n        run: echo pull_request_target'
    ],
    [
      'an input default',
      'on:\n  workflow_dispatch:\n    inputs:\n      e: {default: pull_request_target}'
    ]
  ])('a mention in %s never counts', (_name, text) => {
    expect(triggers(text.includes('jobs:') ? text : text + JOBS)).not.toContain(
      'pull_request_target'
    );
  });
});

describe('what GitHub rejects is a problem, never a pass', () => {
  it.each([
    ['a duplicate on key', 'on: push\non: pull_request_target' + JOBS, /unique/i],
    ['a duplicate quoted on key', 'on: push\n"on": pull_request_target' + JOBS, /unique/i],
    [
      'a merge key',
      'x: &a {runs-on: x}\non: push\njobs:\n  a:\n    <<: *a\n    steps: [{run: echo}]',
      /merge key/
    ],
    [
      'an alias as a mapping key (GitHub: "Unexpected value \'undefined\'")',
      'name: &t pull_request_target\non:\n  *t : {types: [opened]}' + JOBS,
      /alias \(\*t\) used as a mapping key/
    ],
    ['a YAML 1.1 true key', 'true: pull_request_target' + JOBS, /not a string/],
    ['no on key', 'name: x' + JOBS, /no 'on' key/],
    ['two documents', 'on: push\n---\non: pull_request_target\n', /more than one YAML document/],
    ['a syntax error', 'on: [push\njobs: {}', /YAML error/],
    ['a scalar file', 'just text', /not a YAML mapping/],
    ['an empty file', '', /no YAML document|not a YAML mapping/],
    ['an undefined alias', 'on: *nope' + JOBS, /YAML error/],
    ['a tab-indented mapping', 'on:\n\tpull_request_target: {}' + JOBS, /YAML error/]
  ])('%s', (_name, text, msg) => {
    const r = problem(text);
    expect(r.problem.message).toMatch(msg);
    expect(r.problem.line).toBeGreaterThanOrEqual(1);
  });

  it('gives the line of a YAML syntax error', () => {
    const r = problem('on: push\njobs:\n  a:\n    runs-on: [x\n');
    expect(r.problem.line).toBeGreaterThanOrEqual(4);
  });

  it('stops an alias bomb with a clear error instead of expanding it', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 9; i++) {
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    }
    text = text.replace(/^a(\d): /gm, 'x-a$1: ');
    text +=
      'on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n        v: *a9\n    steps: [{run: echo}]\n';
    const t0 = Date.now();
    const r = parseWorkflow('bomb.yml', text);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/alias/);
  });

  it('refuses oversized text without parsing it', () => {
    const r = problem('on: push\n' + '#'.repeat(3 * 1024 * 1024));
    expect(r.problem.message).toMatch(/bytes/);
  });

  it('survives pathological nesting', () => {
    const r = parseWorkflow('deep.yml', 'on: ' + '['.repeat(20000) + ']'.repeat(20000));
    expect(typeof r.ok).toBe('boolean');
  });
});

describe('the model', () => {
  it('reads jobs, steps, env, outputs, matrix and reusable calls with positions', () => {
    const r = parseWorkflow(
      'w.yml',
      `on: push
env: {TOP: "\${{ github.sha }}"}
jobs:
  build:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    outputs: {sha: "\${{ steps.s.outputs.sha }}"}
    strategy: {matrix: {ref: ["\${{ github.head_ref }}"]}}
    steps:
      - id: s
        uses: >
          actions/checkout@v4
        with: {ref: main, fetch-depth: 0}
        env: {A: b}
  call:
    uses: ./.github/workflows/other.yml
    with: {x: 1}
`
    );
    if (!r.ok) throw new Error(r.problem.message);
    const [build, call] = r.workflow.jobs;
    expect(build.id).toBe('build');
    expect(build.if?.value).toContain('github.event_name');
    expect(build.steps[0].uses?.value).toBe('actions/checkout@v4');
    expect(build.steps[0].with.get('fetch-depth')?.value).toBe('0');
    expect(build.steps[0].env.get('A')?.value).toBe('b');
    expect(build.outputs.get('sha')?.value).toContain('steps.s.outputs.sha');
    expect(build.matrix.get('ref')).toContain('github.head_ref');
    expect(call.uses).toMatchObject({ value: './.github/workflows/other.yml' });
    expect(r.workflow.env.get('TOP')?.pos.line).toBe(2);
  });
});

describe('expressions', () => {
  it('normalises index access and whitespace and lowercases', () => {
    expect(referencedPaths('${{ github.event[\'pull_request\'] ["head"].SHA }}')).toEqual([
      'github.event.pull_request.head.sha'
    ]);
  });
  it('finds paths inside functions and across lines', () => {
    expect(referencedPaths("${{ format('{0}',\n  github.head_ref) }}")).toEqual([
      'github.head_ref'
    ]);
  });
  it('ignores string literals and text outside expressions', () => {
    expect(referencedPaths("github.head_ref ${{ 'github.head_ref' }}")).toEqual([]);
  });
});
