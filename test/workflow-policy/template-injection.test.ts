import { describe, expect, it } from '@jest/globals';
import { flowingPaths } from '../../src/workflows/expression-flow.js';
import { expressionSpans } from '../../src/workflows/expressions.js';
import { isAttackerControlled } from '../../src/gates/workflow-policy/rules/template-injection.js';
import { check, of, wf } from './helpers.js';

const W = '.github/workflows/a.yml';

describe('expression flow (GitHub expression parser)', () => {
  it('finds what reaches the value, not what is merely mentioned', () => {
    expect(
      flowingPaths("format('{0} {1}', github.event.issue.title, github.run_id)").paths
    ).toEqual(['github.event.issue.title', 'github.run_id']);
    expect(flowingPaths("contains(github.event.issue.title, 'x')").paths).toEqual([]);
    expect(flowingPaths("github.event.issue.title == 'x'").paths).toEqual([]);
    expect(flowingPaths("github.event_name == 'push' && github.head_ref || 'main'").paths).toEqual([
      'github.head_ref'
    ]);
    expect(flowingPaths("github.event['pull_request'] ['title']").paths).toEqual([
      'github.event.pull_request.title'
    ]);
    expect(flowingPaths('github.event.commits[0].message').paths).toEqual([
      'github.event.commits.*.message'
    ]);
    expect(flowingPaths('(github.event.pull_request || github.event.issue).number').paths).toEqual([
      'github.event.pull_request.number',
      'github.event.issue.number'
    ]);
  });

  it("splits ${{ }} correctly when a string literal holds '}}'", () => {
    const spans = expressionSpans("a ${{ format('}}{0}', github.head_ref) }} b ${{ env.X }}");
    expect(spans.map((s) => s.body.trim())).toEqual(["format('}}{0}', github.head_ref)", 'env.X']);
  });

  it('knows attacker-controlled contexts, objects that contain them, and safe neighbours', () => {
    for (const p of [
      'github.event.pull_request.head.ref',
      'github.event.commits.*.author.email',
      'github.event',
      'github.event.client_payload.x'
    ]) {
      expect(isAttackerControlled(p)).toBe(true);
    }
    for (const p of [
      'github.event.pull_request.head.sha',
      'github.event.issue.number',
      'github.sha',
      'github.ref_name',
      'inputs.x'
    ]) {
      expect(isAttackerControlled(p)).toBe(false);
    }
  });
});

describe('template-injection', () => {
  it('flags the direct form at the expression, with an env-based fix', async () => {
    const r = await check({
      [W]: wf(`      - name: Greet
        run: |
          echo "start"
          echo "\${{ github.event.issue.title }}"
`)
    });
    const [f] = of(r, 'template-injection');
    expect(f).toMatchObject({ file: W, line: 10, column: 17, severity: 'error' });
    expect(f.message).toContain(
      "job 'build', step 'Greet': ${{ github.event.issue.title }} expands attacker-controlled github.event.issue.title into the run: script"
    );
    expect(f.help).toContain('ISSUE_TITLE: ${{ github.event.issue.title }}');
    expect(f.help).toContain('"$ISSUE_TITLE"');
  });

  it('catches forms that fool regex checkers: split lines, bracket access, format(), toJSON, ||', async () => {
    const r = await check({
      [W]: wf(`      - run: |
          echo "\${{ github.event.
            pull_request.title }}"
      - run: echo "\${{ github.event['pull_request']['body'] }}"
      - run: echo "\${{ format('PR {0}', github.head_ref) }}"
      - run: echo '\${{ toJSON(github.event) }}'
      - run: echo "\${{ github.event.comment.body || 'none' }}"
      - run: echo "\${{ github.event.commits[0].message }}"
`)
    });
    const f = of(r, 'template-injection');
    expect(f.map((x) => x.line)).toEqual([8, 10, 11, 12, 13, 14]);
    expect(f[0].message).toContain('github.event.pull_request.title');
    expect(f[3].message).toContain('attacker-controlled github.event ');
  });

  it('does not flag safe contexts or values that cannot carry text', async () => {
    const r = await check({
      [W]: wf(`      - run: |
          echo "\${{ github.event.pull_request.head.sha }} \${{ github.event.issue.number }}"
          echo "\${{ contains(github.event.issue.title, 'bug') }} \${{ github.event.issue.title == 'x' }}"
          echo "\${{ github.sha }} \${{ secrets.TOKEN }} \${{ steps.x.outputs.y }}"
`)
    });
    expect(of(r, 'template-injection')).toEqual([]);
  });

  it('counts env indirection correctly: "$TITLE" is the safe fix, ${{ env.TITLE }} is still injection', async () => {
    const r = await check({
      [W]: wf(
        `      - name: safe
        env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "$TITLE"
      - name: unsafe
        env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "\${{ env.TITLE }}"
      - name: job-level
        run: echo "\${{ env.BODY }}"
      - name: overridden by a static step env
        env:
          BODY: fixed
        run: echo "\${{ env.BODY }}"
`,
        'env:\n  BODY: ${{ github.event.pull_request.body }}\n'
      )
    });
    const f = of(r, 'template-injection');
    expect(f.map((x) => x.message.slice(0, 30))).toEqual([
      "job 'build', step 'unsafe': ${",
      "job 'build', step 'job-level':"
    ]);
    expect(f[0].message).toContain('env.title = github.event.issue.title');
    expect(f[1].message).toContain('env.body = github.event.pull_request.body');
  });

  it('checks actions/github-script script: inputs and matrix indirection', async () => {
    const r = await check({
      [W]: `on: issues
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        title: ["\${{ github.event.issue.title }}"]
    steps:
      - uses: actions/github-script@${'c'.repeat(40)} # v7
        with:
          script: |
            console.log("\${{ github.event.issue.body }}")
      - run: echo "\${{ matrix.title }}"
`
    });
    const f = of(r, 'template-injection');
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ line: 13, column: 26 });
    expect(f[0].message).toContain('into the github-script script');
    expect(f[0].help).toContain('process.env.ISSUE_BODY');
    expect(f[1].message).toContain('matrix.title = github.event.issue.title');
  });

  it('follows YAML anchors: an aliased script is checked where it is used, located where it is written', async () => {
    const r = await check({
      [W]: `on: issues
permissions: {}
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - &greet
        name: greet
        run: echo "\${{ github.event.issue.title }}"
  two:
    runs-on: ubuntu-latest
    steps:
      - *greet
`
    });
    const f = of(r, 'template-injection');
    expect(f.map((x) => [x.line, x.message.slice(0, 12)])).toEqual([
      [9, "job 'one', s"],
      [9, "job 'two', s"]
    ]);
  });
});
