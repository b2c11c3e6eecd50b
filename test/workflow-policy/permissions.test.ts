import { describe, expect, it } from '@jest/globals';
import type { WorkflowPolicyEvidence } from '../../src/gates/workflow-policy/index.js';
import { check, GOOD, of } from './helpers.js';

const W = '.github/workflows/a.yml';

describe('permissions', () => {
  it('fails a workflow without a top-level permissions block, naming the jobs that get the default token', async () => {
    const r = await check({
      [W]: `name: x
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{ run: echo }]
  b:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps: [{ run: echo }]
`
    });
    const [f] = of(r, 'permissions');
    expect(f).toMatchObject({ severity: 'error', file: W, line: 1, column: 1 });
    expect(f.message).toContain(
      "expected 'permissions:' (e.g. contents: read), got none, so jobs 'a' get"
    );
    expect(r.verdict).toBe('fail');
  });

  it('fails write-all at workflow and job level; passes {} and read scopes', async () => {
    const r = await check({
      [W]: `on: workflow_dispatch
permissions: write-all
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: write-all
    steps: [{ run: echo }]
`,
      '.github/workflows/ok.yml': `on: workflow_dispatch
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: read
    steps: [{ run: echo }]
`
    });
    const f = of(r, 'permissions');
    expect(f.map((x) => [x.file, x.line, x.column])).toEqual([
      [W, 2, 14],
      [W, 6, 18]
    ]);
    expect(f[0].message).toContain(
      'workflow: permissions: write-all gives the GITHUB_TOKEN write access to every scope'
    );
    expect(f[1].message).toContain("job 'a': permissions: write-all");
  });

  it('rejects values GitHub does not know (fail closed, not silently ignored)', async () => {
    const r = await check({
      [W]: `on: workflow_dispatch
permissions:
  contents: admin
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
    steps: [{ run: echo }]
`
    });
    const msgs = of(r, 'permissions').map((x) => x.message);
    expect(msgs).toEqual([
      "workflow: permissions: contents: 'admin' is not read, write or none",
      "job 'a': permissions: has no value (GitHub rejects the workflow)"
    ]);
  });

  it('lists jobs that can write contents, packages or id-token (own or inherited) in the evidence', async () => {
    const r = await check({
      [W]: GOOD,
      '.github/workflows/pub.yml': `on: workflow_dispatch
permissions:
  contents: read
  packages: write
jobs:
  build:
    runs-on: ubuntu-latest
    steps: [{ run: echo }]
  push:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps: [{ run: echo }]
`
    });
    const ev = r.evidence as unknown as WorkflowPolicyEvidence;
    expect(ev.sensitivePermissions).toEqual([
      {
        file: W,
        job: 'release',
        scopes: ['contents: write', 'id-token: write'],
        inherited: false,
        line: 29
      },
      {
        file: '.github/workflows/pub.yml',
        job: 'build',
        scopes: ['packages: write'],
        inherited: true,
        line: 2
      }
    ]);
    // One job of two inherits the write scope: a warning at the scope (as zizmor reports it); the
    // evidence shows it too.
    expect(of(r, 'permissions').map((f) => [f.file, f.line, f.severity])).toEqual([
      ['.github/workflows/pub.yml', 4, 'warning']
    ]);
    expect(of(r, 'permissions')[0].message).toContain(
      "grant packages: write to 1 job without its own block ('build'"
    );
    expect(r.verdict).toBe('pass');
  });

  it('warns when a workflow-level write scope reaches several jobs', async () => {
    const r = await check({
      [W]: `on: workflow_dispatch
permissions:
  contents: write
jobs:
  a: { runs-on: x, steps: [{ run: echo }] }
  b: { runs-on: x, steps: [{ run: echo }] }
`
    });
    const [f] = of(r, 'permissions');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('grant contents: write to all 2 jobs');
    expect(r.verdict).toBe('pass');
  });
});
