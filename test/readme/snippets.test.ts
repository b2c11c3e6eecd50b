/**
 * Every ```yaml snippet of README.md that is a workflow, a job or a list of steps passes the hub's
 * own workflow-policy and pr-target-ban, run through the built CLI: what the README tells an
 * adopter to paste is what the hub would accept. Steps and jobs are wrapped into the smallest
 * workflow around them (a push trigger, read-only permissions, a concurrency group), as text, so
 * the snippet's own lines, comments and pins are what the gates read.
 */
import { describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runCli } from '../helpers/run-action.js';

interface Snippet {
  line: number;
  text: string;
}

/** The ```yaml blocks of a Markdown text, dedented to their fence, with their line numbers. */
export function yamlBlocks(markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++)
      body.push(lines[j].slice(indent));
    out.push({ line: i + 2, text: body.join('\n') + '\n' });
    i = j;
  }
  return out;
}

const indent = (text: string, n: number): string =>
  text
    .split('\n')
    .map((l) => (l.trim() ? ' '.repeat(n) + l : l))
    .join('\n');

const HEADER = (name: string): string =>
  `name: ${name}\non: push\npermissions:\n  contents: read\n` +
  'concurrency:\n  group: readme-${{ github.ref }}\n  cancel-in-progress: true\n';

type Kind = 'workflow' | 'job' | 'steps' | 'other';

export function kindOf(text: string): Kind {
  const doc = parse(text) as unknown;
  if (Array.isArray(doc))
    return doc.every((s) => (s && typeof s === 'object' && 'uses' in s) || 'run' in s)
      ? 'steps'
      : 'other';
  if (!doc || typeof doc !== 'object') return 'other';
  if ('jobs' in doc) return 'workflow';
  if ('steps' in doc || 'uses' in doc || 'runs-on' in doc) return 'job';
  return 'other';
}

/** The snippet as a whole workflow file. */
export function asWorkflow(s: Snippet, kind: Kind): string {
  const name = `readme-line-${s.line}`;
  if (kind === 'workflow') return /^on:/m.test(s.text) ? s.text : `on: push\n${s.text}`;
  if (kind === 'job') {
    const runsOn = /^(runs-on|uses):/m.test(s.text) ? '' : '    runs-on: ubuntu-latest\n';
    return `${HEADER(name)}jobs:\n  readme:\n${runsOn}${indent(s.text, 4)}`;
  }
  return `${HEADER(name)}jobs:\n  readme:\n    runs-on: ubuntu-latest\n    steps:\n${indent(s.text, 6)}`;
}

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const blocks = yamlBlocks(README).map((s) => ({ ...s, kind: kindOf(s.text) }));
const workflows = blocks.filter((b) => b.kind !== 'other');

function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ci-intel-readme-'));
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(root, '.github', 'workflows', name), text);
  return root;
}

describe('README.md workflow snippets', () => {
  it('finds the snippets: every adoption route and every gate has one', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(8);
    const uses = workflows.flatMap((b) => [...b.text.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]));
    for (const gate of [
      'pr-target-ban',
      'workflow-policy',
      'slsa-verify',
      'dr-freshness',
      'referrer-presence',
      'egress-check',
      'cache-sentinel'
    ])
      expect(uses.some((u) => u.includes(`/actions/${gate}@`))).toBe(true);
    expect(uses.some((u) => u.includes('/.github/workflows/policy-gates.yml@'))).toBe(true);
    // Every README `uses:` of the hub is SHA-pinned with the release as a comment.
    const hubUses = workflows.flatMap((b) =>
      b.text.split('\n').filter((l) => /uses:\s*\S*\/hub\//.test(l))
    );
    expect(hubUses.length).toBeGreaterThanOrEqual(8);
    for (const l of hubUses) expect(l).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+\b/);
  });

  const files = Object.fromEntries(
    workflows.map((b) => [`readme-line-${b.line}.yml`, asWorkflow(b, b.kind)])
  );

  it.each(['workflow-policy', 'pr-target-ban'])('%s passes every snippet', async (gate) => {
    const ws = repoWith(files);
    const r = await runCli([gate, '--format', 'json'], { cwd: ws });
    const result = JSON.parse(r.stdout);
    const problems = result.findings
      .filter((f: { severity: string }) => f.severity !== 'note')
      .map(
        (f: { file?: string; line?: number; message: string }) =>
          `${f.file}:${f.line}: ${f.message}`
      );
    expect(problems).toEqual([]);
    expect(result.verdict).toBe('pass');
    expect(r.exitCode).toBe(0);
    const scanned = (result.evidence.filesScanned ?? result.evidence.workflows?.length) as number;
    expect(scanned).toBe(workflows.length);
  });
});

describe('README.md commands', () => {
  const lines = README.split('\n');

  it('no command resolves a bare npm name: npx runs the clone (first lines) or a github: spec', () => {
    const npx = lines
      .map((l, i) => ({ l, n: i + 1 }))
      .filter(
        ({ l }) => /\bnpx\s+(?!--yes github:)/.test(l) && !/`npx ci-intel`|\bclone\b/.test(l)
      );
    // The two commands at the top run inside the clone, where npx finds the local bin; prose may
    // name bare `npx ci-intel` to warn against it or say it is for the clone. No other bare npx.
    expect(npx.filter(({ n }) => n > 12).map(({ l, n }) => `${n}: ${l}`)).toEqual([]);
    expect(lines.slice(0, 12).join('\n')).toContain('npm ci && npx ci-intel check');
  });

  it('every hub file the README names exists (schemas, docs, scripts, workflows)', () => {
    const named = new Set<string>();
    for (const m of README.matchAll(
      /[`(]((?:schema|docs|scripts|\.github)\/[A-Za-z0-9_./-]+|[A-Za-z0-9_-]+\.(?:md|yml|json))[`)]/g
    ))
      named.add(m[1]);
    const missing = [...named]
      .filter((p) => !p.startsWith('.github/ci-intel/')) // the adopter's own files
      .map((p) => (/^[a-z-]+\.yml$/.test(p) ? `.github/workflows/${p}` : p))
      .filter((p) => !existsSync(join(REPO_ROOT, p)));
    expect(missing).toEqual([]);
    expect(named.size).toBeGreaterThan(10);
  });

  it('the docs run no bare npx either', () => {
    for (const file of docs()) {
      const bad = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /\bnpx\s+(?!--yes github:)/.test(l) && !/\bclone\b/.test(l));
      expect([file, bad]).toEqual([file, []]);
    }
  });

  it('every `ci-intel <gate> --flag` in README and docs names a real flag of that gate', () => {
    const texts = [README, ...docs().map((f) => readFileSync(f, 'utf8'))].join('\n');
    const actions = join(REPO_ROOT, 'actions');
    const seen: string[] = [];
    for (const m of texts.matchAll(
      /ci-intel ([a-z-]+)((?: +(?:--[a-z-]+(?:=\S+)?|"[^"]*"|[^\s`-][^\s`]*|\\\n))*)/g
    )) {
      const gate = m[1];
      if (!existsSync(join(actions, gate, 'action.yml'))) continue;
      const spec = parse(readFileSync(join(actions, gate, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>;
      };
      const flags = new Set([...Object.keys(spec.inputs), 'format', 'output', 'workspace', 'help']);
      for (const f of m[2].matchAll(/--([a-z-]+)/g)) {
        seen.push(`${gate} --${f[1]}`);
        expect([gate, f[1], flags.has(f[1])]).toEqual([gate, f[1], true]);
      }
    }
    expect(seen.length).toBeGreaterThan(15);
  });
});

function docs(): string[] {
  const dir = join(REPO_ROOT, 'docs');
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md')) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}
