/**
 * use-trusted-publishing (zizmor): publishing to PyPI, RubyGems, npm, crates.io or NuGet with a
 * long-lived token where the registry accepts the job's OIDC identity (Trusted Publishing).
 * Publisher actions configured with a token, and publish commands in `run:` of jobs that cannot
 * mint an OIDC token (no `id-token: write`): a job that can, most likely publishes with it.
 */
import { shellCommands } from '../../../workflows/shell.js';
import { shellOf } from './step-shell.js';
import { parseUses } from '../../../workflows/uses.js';
import type { Job, Step } from '../../../workflows/workflow.js';
import { readPermissions } from './permissions.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';

const PYPI = ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/'];
const RUBYGEMS = ['https://rubygems.org'];
const NPMJS = ['https://registry.npmjs.org', 'https://registry.npmjs.org/'];

type Inputs = Map<string, { value: string }>;
const given = (w: Inputs, k: string) => w.get(k)?.value.trim();
/** An input that is unset or names a registry that supports Trusted Publishing. */
const tpIndex = (w: Inputs, k: string, known: string[]) => {
  const v = given(w, k);
  return v === undefined || v === '' || known.includes(v);
};
const truthy = (v: string | undefined) => v !== undefined && /^true$/i.test(v);

/** Publisher actions with the input that carries the manual credential. */
const ACTIONS: { action: string; input: string; manual: (w: Inputs) => boolean }[] = [
  {
    action: 'pypa/gh-action-pypi-publish',
    input: 'password',
    manual: (w) =>
      Boolean(given(w, 'password')) &&
      tpIndex(w, 'repository-url', PYPI) &&
      tpIndex(w, 'repository_url', PYPI)
  },
  {
    action: 'rubygems/release-gem',
    input: 'setup-trusted-publisher',
    manual: (w) =>
      given(w, 'setup-trusted-publisher') !== undefined &&
      !truthy(given(w, 'setup-trusted-publisher'))
  },
  {
    action: 'rubygems/configure-rubygems-credentials',
    input: 'api-token',
    manual: (w) => Boolean(given(w, 'api-token')) && tpIndex(w, 'gem-server', RUBYGEMS)
  },
  {
    action: 'actions/setup-node',
    input: 'always-auth',
    // As zizmor: an unset registry-url is npmjs (setup-node's default).
    manual: (w) => tpIndex(w, 'registry-url', NPMJS) && truthy(given(w, 'always-auth'))
  }
];

const has = (args: string[], ...words: string[]) => words.every((w) => args.includes(w));
const none = (args: string[], ...words: string[]) => !words.some((w) => args.includes(w));

/** Whether a command (its first word and arguments) publishes a package. */
export function isPublishCommand(cmd: string, args: string[]): boolean {
  const base = cmd.replace(/^.*\//, '');
  switch (base) {
    case 'cargo':
      return has(args, 'publish') && none(args, '--dry-run', '-n');
    case 'uv': {
      const i = args.findIndex((a) => a === 'publish' || a === 'run');
      if (i < 0) return false;
      if (args[i] === 'publish') return none(args.slice(i), '--dry-run');
      return args.slice(i).includes('twine') && args.slice(i).includes('upload');
    }
    case 'uvx':
      return args.some((a) => a.startsWith('twine')) && has(args, 'upload');
    case 'hatch':
    case 'pdm':
      return has(args, 'publish');
    case 'poetry':
    case 'npm':
    case 'pnpm':
    case 'bun':
      return has(args, 'publish') && none(args, '--dry-run');
    case 'twine':
      return has(args, 'upload');
    case 'pipx':
      return has(args, 'run') && args.some((a) => a.startsWith('twine')) && has(args, 'upload');
    case 'gem':
      return has(args, 'push');
    case 'bundle':
      return has(args, 'exec', 'gem', 'push');
    case 'yarn': {
      const i = args.findIndex((a) => a === 'publish' || a === 'npm');
      if (i < 0) return false;
      if (args[i] === 'publish') return true;
      return args.slice(i).includes('publish') && none(args, '--dry-run', '-n');
    }
    case 'bunx':
      return (
        args.some((a) => a === 'npm' || a.startsWith('npm@')) &&
        has(args, 'publish') &&
        none(args, '--dry-run')
      );
    case 'nuget':
    case 'nuget.exe':
      return has(args, 'push');
    case 'dotnet':
      return has(args, 'nuget', 'push');
    default:
      return /^python[0-9.]*$/.test(base) && has(args, '-m', 'twine', 'upload');
  }
}

/** The job can mint an OIDC token: `id-token: write` (or write-all) on the job, else the workflow. */
function hasIdToken(ctx: CheckContext, job: Job): boolean {
  const p = job.permissions ?? ctx.wf.permissions;
  if (!p) return false;
  const b = readPermissions(ctx, p.node, p.pos);
  if (b.kind === 'all') return b.value === 'write-all';
  return b.kind === 'scopes' && b.scopes.get('id-token')?.value === 'write';
}

const WORD = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PUBLISH_WORD = /\b(publish|upload|push)\b/;
const PUBLISH_TOOL =
  /\b(npm|pnpm|yarn|bunx?|cargo|twine|uvx?|poetry|hatch|pdm|gem|bundle|nuget(\.exe)?|dotnet|pipx|python[0-9.]*)\b/;

/** Publish commands of a `run:` script, each with its offset in the file (when the source shows it). */
function publishCommands(ctx: CheckContext, job: Job, step: Step): { text: string; at?: number }[] {
  const shell = shellOf(ctx, job, step);
  if (/^(cmd|python)/.test(shell)) return [];
  const { text: src, start } = ctx.source.slice(step.run!.node);
  const out: { text: string; at?: number }[] = [];
  let cursor = 0;
  // PowerShell continues a line with a backtick at its end where POSIX shells use a backslash.
  const script = /^(pwsh|powershell)$/.test(shell)
    ? step.run!.value.replace(/`[ \t]*\r?\n/g, ' ')
    : step.run!.value;
  for (const c of shellCommands(script)) {
    let words = c.words;
    while (words.length && (WORD.test(words[0]) || words[0] === 'sudo' || words[0] === 'env'))
      words = words.slice(1);
    if (!words.length) continue;
    // Commands come in order: find each one's first word after the previous one.
    const found = src.indexOf(words[0], cursor);
    if (found >= 0)
      cursor =
        found + Math.max(words[0].length, c.text.length - Math.max(0, c.text.indexOf(words[0])));
    if (isPublishCommand(words[0], words.slice(1)))
      out.push({ text: c.text.trim(), at: found >= 0 ? start + found : undefined });
  }
  return out;
}

export function useTrustedPublishing(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const help =
    'Configure Trusted Publishing on the registry for this repository and workflow, grant the job id-token: write, and drop the token (PyPI, RubyGems, npm, crates.io and NuGet accept the OIDC identity).';
  for (const job of ctx.wf.jobs) {
    let idToken: boolean | undefined;
    for (const step of job.steps) {
      if (step.uses) {
        const ref = parseUses(step.uses.value);
        if (ref.kind !== 'repo') continue;
        const slug = `${ref.owner}/${ref.repo}`.toLowerCase();
        const a = ACTIONS.find((x) => x.action === slug && !ref.path);
        if (!a || !a.manual(step.with)) continue;
        const at = step.uses.pos;
        out.push({
          rule: 'use-trusted-publishing',
          message: `${stepLabel(job, step)}: ${a.action} publishes with a manually configured credential (${a.input}): expected Trusted Publishing (OIDC), got a long-lived token`,
          help,
          line: at.line,
          column: at.column
        });
      } else if (step.run) {
        // Most scripts publish nothing: only those naming a publishing verb are read as shell.
        if (!PUBLISH_WORD.test(step.run.value) || !PUBLISH_TOOL.test(step.run.value)) continue;
        const cmds = publishCommands(ctx, job, step);
        if (!cmds.length) continue;
        idToken ??= hasIdToken(ctx, job);
        if (idToken) continue;
        for (const { text: cmd, at } of cmds) {
          const pos = at === undefined ? step.run.pos : ctx.source.posAt(at);
          out.push({
            rule: 'use-trusted-publishing',
            message: `${stepLabel(job, step)}: '${cmd.slice(0, 80)}' publishes from a job without id-token: write: expected Trusted Publishing (OIDC), got a publish that needs a long-lived token`,
            help,
            line: pos.line,
            column: pos.column
          });
        }
      }
    }
  }
  return out;
}
