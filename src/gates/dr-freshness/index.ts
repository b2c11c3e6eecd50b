/**
 * Gate: dr-freshness — block a release when the last successful disaster-recovery drill is
 * older than max-age, did not pass, or missed its RPO/RTO budget.
 */
import { InputError } from '../../core/errors.js';
import { formatDuration } from '../../core/duration.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding, Verdict } from '../../core/result.js';
import { assessDrill, MAX_CLOCK_SKEW_MS, type Budget, type CheckRow } from '../../drill/budget.js';
import { loadEvidenceValidator } from '../../drill/evidence.js';
import { formatRfc3339, parseRfc3339 } from '../../drill/timestamp.js';
import { fromEvidenceFile } from './from-file.js';
import { fromWorkflow, type GithubApiModule } from './from-workflow.js';
import { RULES } from './rules.js';
import { sourceBlocksDecision, type SourceEvidence, type SourceOutcome } from './source.js';

export { RULES } from './rules.js';

export interface DrFreshnessEvidence {
  source?: SourceEvidence;
  now: string;
  budget: {
    maxAge: string;
    maxAgeSeconds: number;
    maxRpoSeconds: number;
    maxRtoSeconds: number;
    clockSkewSeconds: number;
  };
  drill?: {
    type?: string;
    result?: string;
    lastSuccess?: string;
    rpoSeconds?: number;
    rtoSeconds?: number;
  };
  ageSeconds?: number;
  checks: CheckRow[];
}

/** A budget input; its range (action.yml `min`/`max`) was enforced when the inputs were parsed. */
function budgetInput(value: number | undefined, name: string): number {
  if (value === undefined) throw new InputError(name, 'is required');
  return value;
}

function budgetOf(inputs: Inputs): Budget {
  return {
    maxAgeMs: budgetInput(inputs.duration('max-age'), 'max-age'),
    maxRpoS: budgetInput(inputs.number('max-rpo-seconds'), 'max-rpo-seconds'),
    maxRtoS: budgetInput(inputs.number('max-rto-seconds'), 'max-rto-seconds'),
    skewMs: MAX_CLOCK_SKEW_MS
  };
}

function nowOf(inputs: Inputs, ctx: GateContext): Date {
  const text = inputs.string('now');
  if (!text) return ctx.now();
  const parsed = parseRfc3339(text);
  if (!parsed.ok) throw new InputError('now', `${parsed.reason}`);
  return parsed.date;
}

/** The token: the input, unless it is empty or an unexpanded `${{ … }}` (the CLI), then the environment. */
function tokenOf(inputs: Inputs, ctx: GateContext): string {
  const given = inputs.string('token')?.trim() ?? '';
  const token =
    given && !given.startsWith('${{') ? given : (ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '');
  if (!token) {
    throw new InputError(
      'token',
      'no GitHub token: give token (or set GITHUB_TOKEN / GH_TOKEN) with actions: read on the repository'
    );
  }
  ctx.secret(token);
  return token;
}

async function readSource(
  inputs: Inputs,
  ctx: GateContext,
  loadApi: () => Promise<GithubApiModule>
): Promise<SourceOutcome> {
  const workflow = inputs.string('workflow')?.trim();
  const evidence = inputs.string('evidence')?.trim();
  const artifactName = inputs.string('artifact-name')?.trim();
  if (!workflow) {
    for (const name of ['artifact-name', 'branch', 'repository'] as const) {
      if (inputs.string(name)?.trim()) throw new InputError(name, "only applies with 'workflow'");
    }
    if (!evidence) {
      throw new InputError(
        'evidence',
        "give 'evidence' (a drill evidence JSON file) or 'workflow' (the drill workflow, e.g. dr-drill.yml)"
      );
    }
    await loadEvidenceValidator();
    return fromEvidenceFile(ctx.workspace, evidence);
  }
  if (evidence && !artifactName) {
    throw new InputError(
      'evidence',
      "with 'workflow', 'evidence' names the file inside the artifact, so 'artifact-name' is needed too"
    );
  }
  const repository = inputs.string('repository')?.trim() || ctx.env.GITHUB_REPOSITORY || '';
  if (!repository)
    throw new InputError('repository', 'give owner/name (GITHUB_REPOSITORY is not set)');
  const api = await loadApi();
  return fromWorkflow(
    {
      apiUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      token: tokenOf(inputs, ctx),
      repository,
      workflow,
      branch: inputs.string('branch')?.trim() || undefined,
      artifactName: artifactName || undefined,
      artifactPath: evidence || undefined,
      timeoutMs: inputs.duration('api-timeout') ?? 30_000,
      retries: inputs.number('api-retries') ?? 3,
      log: ctx.log
    },
    api
  );
}

function summaryOf(verdict: Verdict, checks: CheckRow[], findings: Finding[]): string {
  const part = (c: CheckRow): string =>
    `${c.check} ${c.actual} (${c.expected.replace(/ \(.*\)$/, '')})`;
  if (verdict === 'pass') {
    const shown = checks.filter((c) => c.status === 'ok').map(part);
    const unverified = checks
      .filter((c) => c.status === 'unverified')
      .map((c) => c.check.toUpperCase());
    return `DR drill is fresh and within budget: ${shown.join('; ')}${unverified.length ? `; ${unverified.join('/')} not checked` : ''}`;
  }
  const bad = findings.filter((f) => f.severity === 'error').map((f) => f.message);
  const head = verdict === 'fail' ? 'DR drill blocks the release' : 'cannot judge the DR drill';
  return `${head}: ${bad[0] ?? 'see findings'}${bad.length > 1 ? ` (+${bad.length - 1} more)` : ''}`;
}

export function createDrFreshness(
  loadApi: () => Promise<GithubApiModule> = () => import('../../drill/github-api.js')
): Gate<DrFreshnessEvidence> {
  return {
    name: 'dr-freshness',
    rules: RULES,
    async evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation<DrFreshnessEvidence>> {
      const budget = budgetOf(inputs);
      const now = nowOf(inputs, ctx);
      const outcome = await readSource(inputs, ctx, loadApi);
      const evidence: DrFreshnessEvidence = {
        source: outcome.source,
        now: formatRfc3339(now),
        budget: {
          maxAge: formatDuration(budget.maxAgeMs),
          maxAgeSeconds: budget.maxAgeMs / 1000,
          maxRpoSeconds: budget.maxRpoS,
          maxRtoSeconds: budget.maxRtoS,
          clockSkewSeconds: MAX_CLOCK_SKEW_MS / 1000
        },
        checks: []
      };
      const findings: Finding[] = [...outcome.findings];
      const outputs: Record<string, string> = {
        'last-success': '',
        'age-seconds': '',
        'rpo-seconds': '',
        'rto-seconds': ''
      };
      let verdict: Verdict = 'error';
      if (outcome.facts) {
        const a = assessDrill(outcome.facts, budget, now);
        const f = outcome.facts;
        findings.unshift(...a.findings);
        evidence.checks = a.checks;
        evidence.drill = {
          type: f.type,
          result: f.result,
          lastSuccess: a.lastSuccess && formatRfc3339(a.lastSuccess),
          rpoSeconds: f.rpoS,
          rtoSeconds: f.rtoS
        };
        if (a.ageMs !== undefined) evidence.ageSeconds = Math.floor(Math.max(0, a.ageMs) / 1000);
        if (a.lastSuccess) outputs['last-success'] = formatRfc3339(a.lastSuccess);
        if (evidence.ageSeconds !== undefined) outputs['age-seconds'] = String(evidence.ageSeconds);
        if (f.rpoS !== undefined) outputs['rpo-seconds'] = String(f.rpoS);
        if (f.rtoS !== undefined) outputs['rto-seconds'] = String(f.rtoS);
        verdict = a.verdict;
      }
      if (sourceBlocksDecision(outcome)) verdict = 'error';
      return {
        verdict,
        summary: summaryOf(verdict, evidence.checks, findings),
        findings,
        evidence,
        outputs
      };
    }
  };
}

export const drFreshness = createDrFreshness();
