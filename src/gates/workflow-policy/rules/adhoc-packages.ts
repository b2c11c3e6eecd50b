/**
 * adhoc-packages (zizmor: adhoc-packages): `npm install foo`, `gem install foo`, `yarn add foo`
 * and the like in a `run:` step install whatever version the registry serves at that moment,
 * outside any lockfile. `npm ci` and bare `npm install` (which read the lockfile) are fine.
 */
import { shellCommands } from '../../../workflows/shell.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { child } from './child-node.js';
import { shellOf } from './step-shell.js';
import { neverRuns } from './uses-match.js';

const NPM_INSTALL = new Set([
  'install',
  'i',
  'in',
  'ins',
  'inst',
  'insta',
  'instal',
  'isnt',
  'isnta',
  'isntal',
  'isntall',
  'add'
]);

/** A positional argument after the subcommand: `sub` must appear, then some non-flag word after it. */
function subcommandThenPackage(args: string[], subs: Set<string>): boolean {
  const i = args.findIndex((a) => subs.has(a));
  return i >= 0 && args.slice(i + 1).some((a) => !a.startsWith('-'));
}

/** Whether one command installs a package by name, outside a lockfile. */
export function isAdhocInstall(words: string[]): boolean {
  const [cmd, ...args] = words;
  switch (cmd) {
    case 'gem':
      return subcommandThenPackage(args, new Set(['install', 'i']));
    case 'bundle':
    case 'yarn':
    case 'pnpm':
      return subcommandThenPackage(args, new Set(['add']));
    case 'npm': {
      const rest = args.slice(args.findIndex((a) => !a.startsWith('-')));
      if (!rest.length || args.every((a) => a.startsWith('-'))) return false;
      return NPM_INSTALL.has(rest[0]) && rest.slice(1).some((a) => !a.startsWith('-'));
    }
    default:
      return false;
  }
}

/** A cheap look first: a package manager and an install-like word on one line. */
const CANDIDATE = /\b(npm|gem|bundle|yarn|pnpm)\b[^\n]*\b(add|i|in|ins|inst\w*|isnt\w*)\b/;

export function adhocPackages(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    for (const step of job.steps) {
      if (!step.run || !CANDIDATE.test(step.run.value)) continue;
      if (neverRuns(step)) continue;
      const shell = shellOf(ctx, job, step);
      if (!['bash', 'sh', 'zsh', 'pwsh', 'powershell'].includes(shell)) continue;
      const node = child(ctx, step.node, 'run');
      for (const cmd of shellCommands(step.run.value)) {
        if (!isAdhocInstall(cmd.words)) continue;
        const pos = ctx.source.locate(node, cmd.text.split('\n')[0], 0, step.run.pos);
        out.push({
          rule: 'adhoc-packages',
          message: `${stepLabel(job, step)}: '${cmd.text.slice(0, 100)}' installs a package outside a lockfile: expected dependencies from a lockfile (npm ci, bundle install, yarn install --immutable), got an ad-hoc install of whatever version is current`,
          help: 'Declare the package in the manifest and its lockfile and install from the lockfile; for a one-off tool use a setup action pinned by SHA.',
          line: pos.line,
          column: pos.column
        });
      }
    }
  }
  return out;
}
