import { describe, expect, it } from '@jest/globals';
import { check, GOOD, of, SHA, SHA2, wf } from './helpers.js';

const W = '.github/workflows/a.yml';

describe('pinned-uses', () => {
  it('passes SHA-pinned, local and $/ actions (a least-privilege, pinned workflow passes outright)', async () => {
    const r = await check({
      [W]: GOOD,
      '.github/workflows/b.yml': wf(`      - uses: ./.github/actions/setup
      - uses: $/actions/workflow-policy
      - uses: ACTIONS/CHECKOUT@${SHA.toUpperCase()}
        with: { persist-credentials: false }
`)
    });
    expect(of(r, 'pinned-uses')).toEqual([]);
    expect(r.verdict).toBe('pass');
    expect(r.outputs['findings-count']).toBe('0');
  });

  it('flags tags, branches, short SHAs and missing refs with file/line/column, including actions/*', async () => {
    const r = await check({
      [W]: wf(`      - uses: actions/checkout@v4
      - uses: some-org/tool@main
      - uses: some-org/tool/sub/dir@1a2b3c4
      - name: no ref
        uses: other/thing
`)
    });
    const f = of(r, 'pinned-uses');
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [7, 15],
      [8, 15],
      [9, 15],
      [11, 15]
    ]);
    expect(f.every((x) => x.file === W && x.severity === 'error')).toBe(true);
    expect(f[0].message).toContain(
      "expected a full 40-hex commit SHA (policy hash-pin for '*'), got '@v4'"
    );
    expect(f[2].message).toContain('a short SHA');
    expect(f[3].message).toContain('got no @ref');
    expect(r.verdict).toBe('fail');
  });

  it("help shows the SHA-pinned form with the tag as a comment, using a pin the workflows' own text gives", async () => {
    const r = await check({
      [W]: wf(`      - uses: actions/checkout@v4.1.1
      - uses: actions/setup-node@v4
`),
      '.github/workflows/pinned.yml': wf(`      - uses: actions/checkout@${SHA} # v4.1.1
        with: { persist-credentials: false }
`)
    });
    const [checkout, node] = of(r, 'pinned-uses');
    expect(checkout.help).toContain(`uses: actions/checkout@${SHA} # v4.1.1`);
    expect(node.help).toContain('uses: actions/setup-node@<40-hex commit SHA of v4> # v4');
  });

  it('checks job-level reusable workflows and docker:// images (digest required)', async () => {
    const r = await check({
      [W]: `on: push
permissions: {}
concurrency: x
jobs:
  call:
    uses: acme/shared/.github/workflows/build.yml@v2
  local:
    uses: ./.github/workflows/local.yml
  img:
    runs-on: ubuntu-latest
    steps:
      - uses: docker://alpine:3.20
      - uses: docker://ghcr.io/acme/tool@sha256:${'a'.repeat(64)}
`
    });
    const f = of(r, 'pinned-uses');
    expect(f).toHaveLength(2);
    expect(f[0].message).toContain(
      "job 'call': 'uses: acme/shared/.github/workflows/build.yml@v2' is not pinned"
    );
    expect(f[1].line).toBe(12);
    expect(f[1].message).toContain(
      "docker://alpine@sha256:<64-hex digest> (policy hash-pin for '*'), got tag '3.20'"
    );
  });

  it('reads the forms that fool line-based checkers: flow mappings, block scalars, quotes and anchors', async () => {
    const r = await check({
      [W]: wf(`      - { name: flow, uses: "actions/cache@v4" }
      - uses: >
          actions/setup-python@v5
      - &pinned
        uses: 'evil/action@${SHA2}'
      - *pinned
      - uses: &tagged evil/other@v1
      - uses: *tagged
`)
    });
    const f = of(r, 'pinned-uses');
    expect(f.map((x) => x.message.match(/'uses: ([^']+)'/)?.[1])).toEqual([
      'actions/cache@v4',
      'actions/setup-python@v5',
      'evil/other@v1',
      'evil/other@v1'
    ]);
    expect(f[0]).toMatchObject({ line: 7, column: 29 });
  });

  it('per-owner policies: most specific pattern wins regardless of order', async () => {
    const policy = `rules:
  pinned-uses:
    policies:
      "*": hash-pin
      "actions/*": ref-pin
      "actions/cache": hash-pin
      "trusted/*": any
`;
    const r = await check({
      '.github/ci-intel/workflow-policy.yml': policy,
      [W]: wf(`      - uses: actions/checkout@v4
      - uses: actions/cache@v4
      - uses: actions/cache/restore@v4
      - uses: trusted/anything
      - uses: other/x@v1
`)
    });
    const msgs = of(r, 'pinned-uses').map((x) => x.message);
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toContain(
      "'uses: actions/cache@v4' is not pinned: expected a full 40-hex commit SHA (policy hash-pin for 'actions/cache')"
    );
    expect(msgs[1]).toContain('other/x@v1');
    expect(r.evidence.policy).toMatchObject({ file: '.github/ci-intel/workflow-policy.yml' });
  });

  it('an expression in uses: cannot be checked and is reported, not skipped', async () => {
    const r = await check({ [W]: wf('      - uses: ${{ matrix.action }}\n') });
    expect(of(r, 'pinned-uses')[0].message).toContain('cannot check the pin');
    expect(r.verdict).toBe('fail');
  });
});
