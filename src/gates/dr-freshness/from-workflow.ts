/**
 * Drill facts from the latest successful run of the drill workflow (GitHub REST API) and,
 * with artifact-name, from the evidence artifact that run uploaded.
 */
import { GateError } from '../../core/errors.js';
import { formatDuration } from '../../core/duration.js';
import type { Finding } from '../../core/result.js';
import { DRILL_RULES, MAX_CLOCK_SKEW_MS } from '../../drill/budget.js';
import { factsOf, loadEvidenceValidator, parseEvidence } from '../../drill/evidence.js';
import type * as GithubApi from '../../drill/github-api.js';
import { parseRfc3339 } from '../../drill/timestamp.js';
import { SOURCE_RULES } from './rules.js';
import type { SourceOutcome, WorkflowSource } from './source.js';

export type GithubApiModule = typeof GithubApi;

export interface WorkflowQuery {
  apiUrl: string;
  token: string;
  repository: string;
  workflow: string;
  branch?: string;
  artifactName?: string;
  /** Path of the evidence inside the artifact (default: its only .json file). */
  artifactPath?: string;
  timeoutMs: number;
  retries: number;
  log(message: string): void;
}

/** Pages of 100 runs read before giving up on finding a successful one. */
export const MAX_RUN_PAGES = 10;
/** The overall deadline of the gate's API work, in multiples of api-timeout. */
export const OVERALL_TIMEOUTS = 10;
/** Largest evidence artifact zip downloaded. */
export const MAX_ARTIFACT_BYTES = 8 * 1024 * 1024;

function apiFailure(err: unknown, api: GithubApiModule): never {
  if (err instanceof api.ApiError) throw new GateError(err.message, err.help);
  throw err;
}

export async function fromWorkflow(q: WorkflowQuery, api: GithubApiModule): Promise<SourceOutcome> {
  const options = {
    token: q.token,
    baseUrl: q.apiUrl,
    timeoutMs: q.timeoutMs,
    // All the gate's API work (up to MAX_RUN_PAGES pages, the artifact listing and download).
    deadline: Date.now() + OVERALL_TIMEOUTS * q.timeoutMs,
    retries: q.retries,
    maxRateLimitWaitS: 60,
    log: q.log
  };
  const client = api.createClient(options);
  const source: WorkflowSource = {
    kind: 'workflow',
    apiUrl: q.apiUrl,
    repository: q.repository,
    workflow: q.workflow,
    branch: q.branch ?? '',
    pagesRead: 0,
    runsSeen: 0,
    skippedForkOrPrRuns: 0
  };
  try {
    source.branch = q.branch || (await api.defaultBranch(client, options, q.repository));
    const found = await api.latestSuccessfulRun(client, options, {
      repository: q.repository,
      workflow: q.workflow,
      branch: source.branch,
      maxPages: MAX_RUN_PAGES
    });
    source.pagesRead = found.pagesRead;
    source.runsSeen = found.runsSeen;
    source.skippedForkOrPrRuns = found.skipped;
    const run = found.run;
    if (!run) {
      const skipped = found.skipped
        ? `; ${found.skipped} successful runs from forks or pull requests do not count`
        : '';
      return {
        source,
        findings: [
          {
            rule: SOURCE_RULES.noSuccessfulRun,
            severity: 'error',
            message: `age: no successful run of ${q.workflow} on ${source.branch} in ${q.repository} (read ${found.runsSeen} runs on ${found.pagesRead} page${found.pagesRead === 1 ? '' : 's'}${skipped}); expected at least one`,
            help: `Run ${q.workflow} on ${source.branch} until it succeeds, or check 'workflow', 'repository' and 'branch'.`
          }
        ]
      };
    }
    source.run = {
      id: run.id,
      number: run.runNumber,
      attempt: run.runAttempt,
      url: run.htmlUrl,
      event: run.event,
      headSha: run.headSha,
      startedAt: run.runStartedAt ?? run.createdAt,
      completedAt: run.updatedAt
    };
    q.log(`latest successful run of ${q.workflow} on ${source.branch}: ${run.htmlUrl ?? run.id}`);
    if (!q.artifactName) {
      return {
        source,
        // The run's start is the conservative time of the drill: it cannot have succeeded earlier.
        facts: {
          lastSuccess: source.run.startedAt,
          lastSuccessField: `run ${run.id} run_started_at`,
          result: 'pass'
        },
        findings: [
          {
            rule: DRILL_RULES.unverified,
            severity: 'warning',
            message: `rpo/rto: not checked, only the run's age and success; expected the drill's evidence (give 'artifact-name')`,
            help: "Give 'artifact-name' so the drill's RPO, RTO and result are checked against their budgets."
          }
        ]
      };
    }
    const artifact = await api.findArtifact(client, options, q.repository, run.id, q.artifactName);
    source.artifact = {
      name: artifact.name,
      id: artifact.id,
      sizeInBytes: artifact.sizeInBytes,
      digest: artifact.digest
    };
    const zip = await api.downloadArtifactZip(
      client,
      options,
      q.repository,
      artifact,
      MAX_ARTIFACT_BYTES
    );
    return await evidenceFromZip(zip, q, source, run.updatedAt, api);
  } catch (err) {
    apiFailure(err, api);
  }
}

async function evidenceFromZip(
  zip: Buffer,
  q: WorkflowQuery,
  source: WorkflowSource,
  runCompletedAt: string | undefined,
  api: GithubApiModule
): Promise<SourceOutcome> {
  const { readZipText, ZipError } = await import('../../drill/artifact-zip.js');
  const label = `artifact '${q.artifactName}' of run ${source.run?.id}`;
  let entry: Awaited<ReturnType<typeof readZipText>>;
  try {
    entry = await readZipText(zip, q.artifactPath);
  } catch (err) {
    if (err instanceof ZipError) {
      throw new GateError(
        `${label}: ${err.message}`,
        'Upload the drill evidence JSON as a plain file in this artifact.'
      );
    }
    return apiFailure(err, api);
  }
  if (source.artifact) source.artifact.file = entry.name;
  await loadEvidenceValidator();
  const parsed = parseEvidence(entry.text, `${label}: ${entry.name}`);
  if (!parsed.ok) {
    return {
      source,
      findings: parsed.problems.map((p) => ({
        rule: SOURCE_RULES.evidenceInvalid,
        severity: 'error' as const,
        message: `evidence: ${p}`,
        help: 'Make the drill write evidence that matches schema/dr-freshness-evidence.v1.json.'
      }))
    };
  }
  const facts = factsOf(parsed.evidence);
  const findings: Finding[] = [];
  const claimed = parseRfc3339(facts.lastSuccess ?? '');
  const completed = runCompletedAt ? parseRfc3339(runCompletedAt) : undefined;
  if (
    claimed.ok &&
    completed?.ok &&
    claimed.date.getTime() - completed.date.getTime() > MAX_CLOCK_SKEW_MS
  ) {
    findings.push({
      rule: SOURCE_RULES.evidenceInconsistent,
      severity: 'error',
      message: `age: drill.last_success_rfc3339 ${facts.lastSuccess} is ${formatDuration(claimed.date.getTime() - completed.date.getTime())} after run ${source.run?.id} finished (${runCompletedAt}); expected a time before the run that uploaded it ended`,
      help: 'The evidence cannot describe a drill that happened after its own run; check what the drill workflow uploads.'
    });
  }
  return { source, facts, findings };
}
