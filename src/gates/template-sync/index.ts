/**
 * Gate: template-sync — keep a downstream repository on the hub's template. Syncs the working
 * tree (src/templates/sync.ts) and opens or updates exactly one pull request with the report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding, RuleInfo } from '../../core/result.js';
import { GitHubApiError } from '../../github/errors.js';
import { LOCK_FILE, readLock, RENDERS_REF } from '../../templates/lock.js';
import {
  openSyncPullRequest,
  type FileChange,
  type PullRequestOutcome
} from '../../templates/pull-request.js';
import { TemplateError } from '../../templates/render.js';
import { gitSource, newestTag } from '../../templates/source.js';
import { sync, syncMarkdown, type SyncReport } from '../../templates/sync.js';
import { restApi } from './rest.js';

export const RULES: RuleInfo[] = [
  {
    id: 'template-sync/conflict',
    title: 'Template change conflicts with a local edit',
    help: 'Resolve the <<<<<<< before updating / >>>>>>> after updating markers in the sync pull request and commit.',
    severity: 'error'
  },
  {
    id: 'template-sync/kept-modified',
    title: 'The template dropped a file this repository changed',
    help: 'The modified copy was kept; delete it if it is no longer needed.',
    severity: 'warning'
  },
  {
    id: 'template-sync/workflows-permission',
    title: 'Workflow files change, but the token cannot push them',
    help: 'Pass token: a GitHub App installation token with workflows: write (actions/create-github-app-token).',
    severity: 'error'
  }
];

export interface TemplateSyncEvidence {
  report?: SyncReport;
  pullRequest?: PullRequestOutcome;
  hub: { repository: string; url: string };
}

function gitOk(
  dir: string,
  args: string[],
  extraHeader?: string
): { ok: boolean; out: string; err: string } {
  const pre = extraHeader ? ['-c', `http.extraheader=${extraHeader}`] : [];
  const r = spawnSync('git', [...pre, '-C', dir, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').trim() };
}

/** Every path the sync wrote or deleted, from the report and the working tree. */
function changesOf(workspace: string, report: SyncReport): FileChange[] {
  const paths = new Set<string>([LOCK_FILE]);
  for (const f of report.files) {
    if (['merged', 'updated', 'conflicted', 'added', 'removed'].includes(f.outcome))
      paths.add(f.path);
    if (f.from && f.from !== f.path) paths.add(f.from);
  }
  for (const p of report.pins) paths.add(p.file);
  return [...paths].sort().map((path) => {
    const file = join(workspace, path);
    return existsSync(file) ? { path, content: readFileSync(file, 'utf8') } : { path };
  });
}

async function evaluate(
  inputs: Inputs,
  ctx: GateContext
): Promise<Evaluation<TemplateSyncEvidence>> {
  const workspace = ctx.workspace;
  let lock;
  try {
    lock = readLock(workspace);
  } catch (err) {
    throw new GateError(
      (err as Error).message,
      'Adopt the hub with `ci-intel init` first, commit the lock, and keep it.',
      LOCK_FILE
    );
  }
  const hubRepo = inputs.string('hub-repository') || lock.hub.repo;
  const server = (ctx.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const hubUrl = inputs.string('hub-url') || `${server}/${hubRepo}.git`;
  const appToken = inputs.string('token') || '';
  const token = appToken || inputs.string('github-token') || '';
  const channel = inputs.string('channel') || lock.hub.channel || 'stable';
  if (channel !== 'stable' && channel !== 'canary')
    throw new InputError('channel', `'${channel}' is not stable or canary`);

  // The hub at every release: a bare, blob-less clone (only what is rendered is read).
  const hubGit = join(ctx.tempDir, 'template-sync-hub.git');
  if (!existsSync(hubGit)) {
    mkdirSync(ctx.tempDir, { recursive: true });
    const local =
      !/^[a-z][a-z0-9+.-]*:\/\//i.test(hubUrl) && existsSync(resolve(workspace, hubUrl));
    const src = local ? resolve(workspace, hubUrl) : hubUrl;
    const sameServer = !local && hubUrl.startsWith(`${server}/`);
    const header =
      sameServer && token
        ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
        : undefined;
    const r = gitOk(
      ctx.tempDir,
      ['clone', '-q', '--bare', '--filter=blob:none', src, hubGit],
      header
    );
    if (!r.ok)
      throw new GateError(
        `cannot read the hub repository ${hubUrl}: ${r.err.split('\n').pop()}`,
        'Check hub-repository / hub-url, and that the token can read the hub.'
      );
  }
  // The merge bases: the renders the lock names, kept under refs/ci-intel/renders.
  if (inputs.boolean('pull-request')) {
    const origin = gitOk(workspace, ['remote', 'get-url', 'origin']);
    if (origin.ok) {
      const header = token
        ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
        : undefined;
      gitOk(
        workspace,
        ['fetch', '-q', 'origin', `+${RENDERS_REF}:${RENDERS_REF}`],
        origin.out.trim().startsWith(server) ? header : undefined
      );
    }
  }
  let report: SyncReport;
  let targetVersion: string;
  try {
    const ref = inputs.string('to') || newestTag(hubGit, channel);
    const target = gitSource(hubGit, ref, hubRepo);
    targetVersion = target.release.version;
    report = sync({ workspace, target, channel }).report;
  } catch (err) {
    if (err instanceof TemplateError)
      throw new GateError(err.message, 'Nothing was overwritten. Fix the cause and re-run.');
    throw err;
  }
  const findings: Finding[] = [];
  for (const f of report.files) {
    if (f.outcome === 'conflicted') {
      findings.push({
        rule: 'template-sync/conflict',
        severity: 'error',
        message: `${f.path}: the template's change conflicts with this repository's edit (${f.conflicts} conflict${f.conflicts === 1 ? '' : 's'})`,
        help: RULES[0].help,
        file: f.path
      });
    } else if (f.outcome === 'kept-modified') {
      findings.push({
        rule: 'template-sync/kept-modified',
        severity: 'warning',
        message: `${f.path}: ${targetVersion} no longer renders this file; the modified copy was kept`,
        help: RULES[1].help,
        file: f.path
      });
    }
  }
  const conflicts = findings.filter((f) => f.rule === 'template-sync/conflict').length;
  const reportFile = inputs.string('report-file');
  if (reportFile)
    writeFileSync(resolve(workspace, reportFile), JSON.stringify(report, null, 2) + '\n');
  const evidence: TemplateSyncEvidence = { report, hub: { repository: hubRepo, url: hubUrl } };
  const outputs: Record<string, string> = {
    'target-version': targetVersion,
    conflicts: String(conflicts),
    'pull-request-number': '',
    'pull-request-operation': 'none'
  };

  if (!report.noop && inputs.boolean('pull-request')) {
    const changes = changesOf(workspace, report);
    if (!appToken && changes.some((c) => c.path.startsWith('.github/workflows/'))) {
      throw new GateError(
        `this sync changes workflow files (${changes
          .filter((c) => c.path.startsWith('.github/workflows/'))
          .map((c) => c.path)
          .join(
            ', '
          )}), and GitHub refuses to let GITHUB_TOKEN create or update workflow files: nothing was pushed`,
        RULES[2].help
      );
    }
    const repository = inputs.string('repository') || ctx.env.GITHUB_REPOSITORY || '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
      throw new InputError(
        'repository',
        `'${repository}' is not owner/name (and GITHUB_REPOSITORY is not set)`
      );
    try {
      const pr = await openSyncPullRequest(restApi(token, ctx), {
        owner,
        repo,
        base: inputs.string('base') || undefined,
        version: targetVersion,
        changes,
        title: `ci-intel: sync the hub template to ${targetVersion}`,
        body: syncMarkdown(report),
        conflicts: conflicts > 0
      });
      evidence.pullRequest = pr;
      outputs['pull-request-number'] = pr.number ? String(pr.number) : '';
      outputs['pull-request-operation'] = pr.operation;
    } catch (err) {
      if (
        err instanceof GitHubApiError &&
        (err.status === 403 || err.status === 422) &&
        /workflow/i.test(err.githubMessage ?? '')
      ) {
        throw new GateError(
          `${err.message}: the token lacks the workflows permission`,
          RULES[2].help
        );
      }
      throw err;
    }
  }
  const verdict = conflicts ? 'fail' : 'pass';
  const summary = report.noop
    ? `already on ${targetVersion}: nothing to do`
    : `${report.from.version} → ${targetVersion}: ${conflicts ? `${conflicts} conflicted file(s)` : 'merged cleanly'}${evidence.pullRequest ? `; pull request #${evidence.pullRequest.number} ${evidence.pullRequest.operation}` : ''}`;
  return { verdict, summary, findings, evidence, outputs };
}

export const templateSync: Gate<TemplateSyncEvidence> = {
  name: 'template-sync',
  rules: RULES,
  evaluate
};
