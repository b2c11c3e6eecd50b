/**
 * src/workflows read as the GitHub runner reads workflows: what GitHub rejects (checked against
 * its own parser, @actions/workflow-parser), case-insensitive keys and inputs, matrix include and
 * fromJSON, conditions, shell commands, format() refs, symlinks, FIFOs, missing workspaces and
 * large files.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canRunUnder } from '../../src/workflows/condition.js';
import { symbolicText } from '../../src/workflows/expression-flow.js';
import { isCalendarDate, isExpired } from '../../src/workflows/expiry.js';
import { GITHUB_EVENTS } from '../../src/workflows/events.js';
import { expandWorkflowInput, LARGE_FOLDER_BYTES } from '../../src/workflows/files.js';
import { ghInvocation, gitInvocation, shellCommands } from '../../src/workflows/shell.js';
import {
  loadWorkflowFile,
  parseWorkflow,
  type WorkflowParse
} from '../../src/workflows/workflow.js';
import { parseYaml } from '../../src/workflows/yaml-doc.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { makeRepo } from '../helpers/temp-repo.js';
import '../helpers/yaml-library.js';
// expandWorkflowInput is called directly, with globs beyond the simple form: minimatch first.
import '../../src/workflows/glob-minimatch.js';

const JOBS = '\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

function problem(text: string): WorkflowParse & { ok: false } {
  const r = parseWorkflow('w.yml', text);
  if (r.ok) throw new Error(`expected a parse failure for ${JSON.stringify(text)}`);
  return r;
}

function model(text: string) {
  const r = parseWorkflow('w.yml', text);
  if (!r.ok) throw new Error(`unexpected parse failure: ${r.problem.message}`);
  return r.workflow;
}

/** The errors GitHub's own parser reports for a workflow. */
async function githubErrors(content: string): Promise<string[]> {
  const wp = await import('@actions/workflow-parser');
  try {
    const r = wp.parseWorkflow({ name: 'w.yml', content }, new wp.NoOperationTraceWriter());
    return r.context.errors.getErrors().map((e: { message: string }) => e.message);
  } catch (err) {
    return [String(err)];
  }
}

describe("an 'on' GitHub rejects is an error with a line, never 'no triggers'", () => {
  it.each([
    ['a number', 'on: 42', 1, /'42' where an event name belongs/],
    ['a nested list', 'on: [[pull_request_target]]', 1, /a list where an event name/],
    ['a number in the list', 'on: [push, 42]', 1, /'42'/],
    ['null', 'on:', 1, /null where an event name/],
    ['an empty string', "on: ''", 1, /where an event name/],
    ['a boolean', 'on: true', 1, /'true'/],
    ['a mapping in the list', 'on: [{push: {}}]', 1, /a mapping where/],
    ['an alias to a number', 'name: &n 42\non: *n', 1, /'42'/],
    ['an alias to a list of mappings', 'name: x\nenv: &e [{a: b}]\non: *e', 2, /a mapping where/],
    ['an event holding a list', 'on:\n  push: [main]', 2, /event 'push' holds a list/],
    [
      'an event holding a string',
      'on:\n  pull_request_target: opened',
      2,
      /event 'pull_request_target' holds/
    ],
    [
      "a duplicate 'on' through an alias key",
      'name: &n on\non: push\n*n : pull_request_target',
      3,
      /alias \(\*n\) used as a mapping key/
    ],
    [
      "a duplicate 'On' (GitHub compares keys case-insensitively)",
      'on: push\nOn: pull_request_target',
      2,
      /unique.*case-insensitively/
    ],
    ['a duplicate event key in another case', 'on:\n  push:\n  Push:', 3, /unique/],
    [
      'an event name in capitals',
      'on: PULL_REQUEST_TARGET',
      1,
      /event names are lower-case: 'pull_request_target'/
    ],
    [
      'an unknown event in a list',
      'on: [push, pull_request_targt]',
      1,
      /'pull_request_targt' is not an event GitHub knows/
    ],
    ['an unknown event key', 'on:\n  Pull_Request_Target:\n    types: [opened]', 2, /lower-case/]
  ])('%s', async (_name, on, line, message) => {
    const text = on + JOBS;
    const r = problem(text);
    expect(r.problem.message).toMatch(message);
    expect(r.problem.line).toBe(line);
    expect(r.file).toBe('w.yml');
    // GitHub's own parser rejects every one of them too.
    expect((await githubErrors(text)).length).toBeGreaterThan(0);
  });

  it.each([
    ['schedule with its list', "on:\n  schedule:\n    - cron: '0 0 * * *'", ['schedule']],
    ['an empty list (GitHub accepts it and never runs the workflow)', 'on: []', []],
    [
      'events with null and mapping bodies',
      'on:\n  push:\n  pull_request_target: {types: [opened]}',
      ['push', 'pull_request_target']
    ]
  ])('still reads %s', async (_name, on, events) => {
    expect(model(on + JOBS).triggers.map((t) => t.event)).toEqual(events);
    expect(await githubErrors(on + JOBS)).toEqual([]);
  });
});

describe('event names', () => {
  it("are exactly the events of GitHub's workflow schema", () => {
    const schema = JSON.parse(
      readFileSync(
        join(REPO_ROOT, 'node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json'),
        'utf8'
      )
    ) as { definitions: Record<string, { mapping: { properties: Record<string, unknown> } }> };
    const theirs = Object.keys(schema.definitions['on-mapping-strict'].mapping.properties).sort();
    expect([...GITHUB_EVENTS].sort()).toEqual(theirs);
  });
});

describe('keys as GitHub compares them', () => {
  it('refuses action inputs that differ only in case, as GitHub does', async () => {
    const text = `on: push
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
        with:
          ref: main
          Ref: \${{ github.head_ref }}
`;
    expect(problem(text).problem).toMatchObject({
      line: 9,
      message: expect.stringMatching(/unique/)
    });
    expect((await githubErrors(text)).join('\n')).toMatch(/'Ref' is already defined/);
  });

  it('reads action and reusable-workflow inputs case-insensitively', () => {
    const wf = model(`on: push
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/github-script@v7
        with: { SCRIPT: "return 1", Ref: main }
  b:
    uses: ./.github/workflows/c.yml
    with: { Head: x }
`);
    expect(wf.jobs[0].steps[0].with.get('script')?.value).toBe('return 1');
    expect(wf.jobs[0].steps[0].with.get('ref')?.value).toBe('main');
    expect(wf.jobs[1].with.get('head')?.value).toBe('x');
  });

  it('finds duplicates in a 2 MiB mapping of 200,000 keys, and still decides the file without one', () => {
    const keys: string[] = [];
    for (let i = 0; i < 200_000; i++) keys.push(` k${i.toString(36)}: v`);
    const head = 'on: push\nenv:\n';
    const clean = head + keys.join('\n') + JOBS;
    expect(Buffer.byteLength(clean)).toBeLessThanOrEqual(2 * 1024 * 1024);
    const ok = parseWorkflow('big.yml', clean);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.workflow.env.size).toBe(200_000);
    const dup = head + keys.join('\n') + '\n kA: again' + JOBS;
    const r = problem(dup);
    expect(r.problem.message).toMatch(/'kA' repeats 'ka' of line 13/);
    expect(r.problem.line).toBe(200_003);
  }, 180_000);

  it('refuses duplicate keys in any YAML a verdict rests on (policies and allowlists too)', () => {
    const r = parseYaml('p.yml', 'rules:\n  concurrency: off\n  Concurrency: error\n');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toMatchObject({ line: 3, message: expect.stringMatching(/unique/) });
    const flow = parseYaml('p.yml', '{"a": 1, "a": 2}');
    expect(flow.ok).toBe(false);
  });
});

describe('strategy.matrix as the runner expands it', () => {
  const job = (matrix: string) =>
    model(
      `on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n${matrix}\n    steps: [{run: echo}]\n`
    ).jobs[0].matrix;

  it('reads the keys of include entries', () => {
    const m = job(
      '        os: [ubuntu]\n        include:\n          - ref: ${{ github.head_ref }}\n            os: mac'
    );
    expect(m.get('ref')).toContain('github.head_ref');
    expect(m.get('os')).toContain('mac');
    expect(m.has('include')).toBe(false);
  });

  it('reads a literal fromJSON include and a literal fromJSON matrix', () => {
    const inc = job(
      `        include: >-\n          \${{ fromJSON('[{"ref": "refs/pull/1/head"}]') }}`
    );
    expect(inc.get('ref')).toBe('"refs/pull/1/head"');
    const whole = model(
      `on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix: >-\n        \${{ fromJSON('{"v": [1], "include": [{"Ref": "x"}]}') }}\n    steps: [{run: echo}]\n`
    ).jobs[0].matrix;
    expect([...whole.keys()].sort()).toEqual(['ref', 'v']);
  });

  it('keeps a computed matrix as "*" and refuses a fromJSON literal that is not JSON or has duplicate keys', () => {
    expect(job('        include: ${{ fromJSON(needs.a.outputs.m) }}').get('*')).toContain(
      'needs.a.outputs.m'
    );
    expect(
      problem(
        `on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n        include: >-\n          \${{ fromJSON('[{') }}\n    steps: [{run: echo}]\n`
      ).problem.message
    ).toMatch(/not valid JSON/);
    expect(
      problem(
        `on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n        include: >-\n          \${{ fromJSON('[{"r": 1, "r": 2}]') }}\n    steps: [{run: echo}]\n`
      ).problem.message
    ).toMatch(/duplicate key/);
  });
});

describe('conditions as GitHub evaluates them', () => {
  const PRT = ['pull_request_target'];
  it.each([
    ["github.event_name == 'pull_request'", false],
    ["${{ github.event_name == 'pull_request' }}", false],
    ["github.event_name == 'PULL_REQUEST_TARGET'", true],
    ["github.event_name != 'Pull_Request_Target'", false],
    ["'PULL_REQUEST_TARGET' == github.event_name", true],
    ["github['event_name'] == 'push'", false],
    ["github.event_name == 'push' || github.event_name == 'pull_request'", false],
    ["github.event_name == 'push' || github.event.action == 'labeled'", true],
    ["!(github.event_name == 'pull_request_target')", false],
    ["success() && github.event_name == 'pull_request'", false],
    ["startsWith(github.event_name, 'PULL_REQUEST_T')", true],
    ["contains(github.event_name, 'push')", false],
    ['always()', true],
    ["github.event.label.name == 'safe'", true],
    ['not an (expression', true],
    ["${{ github.event_name == 'push' }} extra", true]
  ])('%s can run under pull_request_target: %s', (cond, runs) => {
    expect(canRunUnder(cond, PRT)).toBe(runs);
  });

  it('is a guard only when false under every banned trigger', () => {
    const cond = "github.event_name == 'workflow_run'";
    expect(canRunUnder(cond, ['pull_request_target'])).toBe(false);
    expect(canRunUnder(cond, ['pull_request_target', 'workflow_run'])).toBe(true);
  });
});

describe('shell commands as the shell splits them', () => {
  it('joins backslash continuations and splits commands', () => {
    const cmds = shellCommands(
      'git \\\n  fetch \\\n  origin "pull/1/head" && echo ok; gh pr view | cat # c'
    );
    expect(cmds.map((c) => c.words)).toEqual([
      ['git', 'fetch', 'origin', 'pull/1/head'],
      ['echo', 'ok'],
      ['gh', 'pr', 'view'],
      ['cat']
    ]);
  });

  it.each([
    ['git -c core.sshCommand=x fetch origin', 'fetch'],
    ['git -C dir -c a=b --git-dir .git --no-pager checkout x', 'checkout'],
    ['sudo -E GIT_TRACE=1 /usr/bin/git --work-tree=. pull', 'pull'],
    ['FOO=1 git worktree add ../w', 'worktree']
  ])('reads the git subcommand of %s', (text, sub) => {
    expect(gitInvocation(shellCommands(text)[0])?.sub).toBe(sub);
  });

  it('reads a command substitution as part of its command and as a command of its own', () => {
    const cmds = shellCommands('git checkout "$(git rev-parse "HEAD~1")" && echo done');
    expect(cmds.map((c) => c.words[0])).toEqual(['git', 'echo', 'git']);
    expect(cmds[0].words[2]).toBe('$(git rev-parse "HEAD~1")');
    expect(gitInvocation(cmds[2])?.sub).toBe('rev-parse');
  });

  it('reads gh past its flags', () => {
    for (const text of [
      'gh --repo o/r pr checkout 1',
      'gh -R o/r pr checkout 1',
      'gh pr --repo=o/r checkout 1'
    ]) {
      expect(ghInvocation(shellCommands(text)[0])?.slice(0, 2)).toEqual(['pr', 'checkout']);
    }
    expect(ghInvocation(shellCommands('echo gh pr checkout')[0])).toBeUndefined();
  });

  it('keeps ${{ }} whole and builds format() refs from their literals', () => {
    expect(shellCommands("git fetch ${{ format('a b') }}")[0].words).toEqual([
      'git',
      'fetch',
      "${{ format('a b') }}"
    ]);
    expect(symbolicText("${{ format('refs/pull/{0}/merge', github.event.number) }}")).toBe(
      'refs/pull/${{github.event.number}}/merge'
    );
    expect(symbolicText("${{ format('{0}/{1}/head', 'refs/pull', github.event.number) }}")).toBe(
      'refs/pull/${{github.event.number}}/head'
    );
  });
});

describe('expiry dates are real calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false]
  ])('%s valid: %s', (d, ok) => {
    expect(isCalendarDate(d)).toBe(ok);
    if (!ok) expect(isExpired(d, new Date('2020-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('workflow files as GitHub finds them', () => {
  const WF = '.github/workflows';
  const ok = 'on: push' + JOBS;

  it('refuses a workspace that does not exist, and one with nothing to check', () => {
    expect(() => expandWorkflowInput('/nonexistent/ws', ['.github/workflows/*.yml'])).toThrow(
      /the workspace \/nonexistent\/ws does not exist/
    );
    const empty = makeRepo({ 'README.md': 'x' });
    let err: { message: string; help?: string } | undefined;
    try {
      expandWorkflowInput(empty, ['.github/workflows/*.yml', '.github/workflows/*.yaml']);
    } catch (e) {
      err = e as { message: string; help?: string };
    }
    expect(err?.message).toContain(
      `no workflow file matched .github/workflows/*.yml, .github/workflows/*.yaml in the workspace ${empty}`
    );
    expect(err?.help).toMatch(/actions\/checkout/);
  });

  it('lists a symlinked workflow in every input form, and the loader refuses it as GitHub does', () => {
    const repo = makeRepo({
      [`${WF}/real.yml`]: ok,
      'shared/prt.yml': 'on: pull_request_target' + JOBS
    });
    symlinkSync('../../shared/prt.yml', join(repo, WF, 'link.yml'));
    for (const input of [[`${WF}/*.yml`], [WF], [`${WF}/link.yml`], ['.github/**/*.yml']]) {
      const files = expandWorkflowInput(repo, input);
      expect(files).toContain(join(repo, WF, 'link.yml'));
    }
    const r = loadWorkflowFile(repo, join(repo, WF, 'link.yml')).parsed;
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.file).toBe(`${WF}/link.yml`);
      expect(r.problem.message).toMatch(
        /is a symlink: GitHub reads workflows from the git tree and does not follow symlinks/
      );
    }
  });

  it('refuses workflows under a symlinked folder, and a dangling link', () => {
    const repo = makeRepo({ 'elsewhere/workflows/a.yml': ok });
    mkdirSync(join(repo, '.github'));
    symlinkSync('../elsewhere/workflows', join(repo, WF));
    const files = expandWorkflowInput(repo, [`${WF}/*.yml`]);
    expect(files).toEqual([join(repo, WF, 'a.yml')]);
    const r = loadWorkflowFile(repo, files[0]).parsed;
    expect(!r.ok && r.problem.message).toMatch(
      /lies under the symlinked folder \.github\/workflows/
    );
    const dangling = makeRepo({ [`${WF}/a.yml`]: ok });
    symlinkSync('nowhere.yml', join(dangling, WF, 'b.yml'));
    expect(expandWorkflowInput(dangling, [`${WF}/*.yml`])).toContain(join(dangling, WF, 'b.yml'));
    expect(expandWorkflowInput(dangling, [WF])).toContain(join(dangling, WF, 'b.yml'));
  });

  it('lists the same files however the input spells a path, as path.join names them', () => {
    const repo = makeRepo({
      [`${WF}/b.yml`]: ok,
      [`${WF}/a.yaml`]: ok,
      [`${WF}/sub/c.yml`]: ok,
      [`${WF}/notes.txt`]: 'x'
    });
    mkdirSync(join(repo, WF, 'dir.yml'));
    const expected = [join(repo, WF, 'a.yaml'), join(repo, WF, 'b.yml')];
    for (const input of [
      WF,
      `${WF}/`,
      `./.github//workflows/.`,
      `${repo}/${WF}`,
      `${repo}//.github/./workflows/`,
      `${repo}/.github/x/../workflows`
    ]) {
      expect([input, expandWorkflowInput(repo, [input])]).toEqual([input, expected]);
    }
    // Each name is the one path.join gives: normal form, one separator.
    for (const f of expandWorkflowInput(`${repo}/`, [`${repo}//.github/**/*.yml`]))
      expect(f).toBe(join(f));
    expect(expandWorkflowInput(repo, [`${repo}//.github/**/*.yml`])).toEqual([
      join(repo, WF, 'b.yml'),
      join(repo, WF, 'sub', 'c.yml')
    ]);
  });

  it('lists a large folder a few entries at a time, with the same files as a small one', () => {
    const repo = makeRepo({ [`${WF}/a.yml`]: ok });
    const dir = join(repo, WF);
    const names: string[] = [];
    for (let i = 0; i < 14_000; i++) names.push(`w${i}-${'n'.repeat(20)}.yml`);
    for (const n of names) writeFileSync(join(dir, n), '');
    mkdirSync(join(dir, 'folder.yml'));
    symlinkSync('folder.yml', join(dir, 'to-folder.yml'));
    symlinkSync('nowhere.yml', join(dir, 'dangling.yml'));
    writeFileSync(join(dir, 'notes.txt'), '');
    // Large enough to take the opendir path (on ext4 about 560 KB, on tmpfs 20 bytes an entry).
    expect(statSync(dir).size).toBeGreaterThanOrEqual(LARGE_FOLDER_BYTES);
    const expected = [...names, 'a.yml', 'dangling.yml'].map((n) => join(dir, n)).sort();
    expect(expandWorkflowInput(repo, [WF])).toEqual(expected);
    expect(expandWorkflowInput(repo, [`${WF}/*.yml`])).toEqual(expected);
  });

  it('refuses a FIFO named like a workflow without blocking', () => {
    const repo = makeRepo({ [`${WF}/a.yml`]: ok });
    execFileSync('mkfifo', [join(repo, WF, 'pipe.yml')]);
    const files = expandWorkflowInput(repo, [WF]);
    expect(files).toContain(join(repo, WF, 'pipe.yml'));
    const r = loadWorkflowFile(repo, join(repo, WF, 'pipe.yml')).parsed;
    expect(!r.ok && r.problem.message).toMatch(/workflow \.github\/workflows\/pipe\.yml is a FIFO/);
  });

  it('reads workflows through the bounded reader (invalid UTF-8 refused, BOM dropped)', () => {
    const repo = makeRepo({ [`${WF}/bom.yml`]: '\uFEFF' + ok });
    writeFileSync(join(repo, WF, 'bad.yml'), Buffer.from([0x6f, 0x6e, 0x3a, 0x20, 0xff, 0x0a]));
    expect(loadWorkflowFile(repo, join(repo, WF, 'bom.yml')).parsed.ok).toBe(true);
    const bad = loadWorkflowFile(repo, join(repo, WF, 'bad.yml')).parsed;
    expect(!bad.ok && bad.problem.message).toMatch(/not UTF-8/);
  });
});
