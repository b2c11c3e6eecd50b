/**
 * pipeline-run — records one workflow run attempt as a pipeline_run.v1.2 NDJSON record (not a
 * gate that judges the run: its verdict says whether a valid record was written). The record is
 * built from the GitHub API and the files the run left (src/telemetry/*), validated with
 * `pipelineRunProblems` and appended only when valid; anything that stops a faithful record
 * (an API error, a malformed report, a schema violation) is `error` and nothing is written.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding, RuleInfo } from '../../core/result.js';
import { createGitHubClient } from '../../github/client.js';
import { displayPath, expandFiles, loadGlobsFor } from '../../workflows/files.js';
import { DEFAULT_PRICES, readPriceTable } from '../../telemetry/cost.js';
import {
  coverageFractions,
  readCoverageFile,
  type CoverageFileReport
} from '../../telemetry/coverage.js';
import { readEvidenceBundle, type EvidenceLinks } from '../../telemetry/evidence-bundle.js';
import { readGateRecords } from '../../telemetry/gate-records.js';
import { fetchRunAndJobs } from '../../telemetry/github-run.js';
import { readJUnitFile, sumJUnit, type JUnitFileReport } from '../../telemetry/junit.js';
import { readMutationReport, type MutationReport } from '../../telemetry/mutation.js';
import { pipelineRunProblems } from '../../telemetry/record-schema.js';
import { buildRecord, type PipelineRunRecord } from '../../telemetry/run-record.js';
import { apiError } from './api-error.js';
import { runTarget, type RunTarget } from './source.js';

export const RULES: RuleInfo[] = [
  {
    id: 'pipeline-run/jobs-left-out',
    title: 'Unfinished jobs were left out of the record',
    help: 'Recorded from inside the run, its own job and any still running are not finished. To record every job, run pipeline-run on workflow_run: completed.',
    severity: 'note'
  },
  {
    id: 'pipeline-run/unpriced-runner',
    title: 'A job ran on a runner the price table does not know',
    help: "Map its runs-on label to a class in 'runner-prices' (docs/gates/pipeline-run.md); until then cost.usd leaves the job out.",
    severity: 'warning'
  },
  {
    id: 'pipeline-run/mutation-pending',
    title: 'The mutation report has mutants that never ran',
    help: 'Pending mutants are not counted; run the mutation tests to completion.',
    severity: 'warning'
  },
  {
    id: 'pipeline-run/junit-count-mismatch',
    title: "A JUnit suite's tests= attribute disagrees with its test cases",
    help: 'The record counts the <testcase> elements; check the report is complete.',
    severity: 'note'
  },
  {
    id: 'pipeline-run/records-missing',
    title: "A 'records' path does not exist",
    help: "Nothing was read from it. Check 'records' (the folders download-artifact wrote the ci-intel-evidence-* artifacts to).",
    severity: 'note'
  },
  {
    id: 'pipeline-run/record-invalid',
    title: 'The record fails its schema',
    help: 'Nothing was written. Report this to the hub with the evidence in result-file.',
    severity: 'error'
  }
];

export interface PipelineRunEvidence {
  target: RunTarget;
  apiPages: number;
  jobsListed: number;
  leftOut: { name: string; status: string }[];
  junit: JUnitFileReport[];
  coverage: CoverageFileReport[];
  mutation?: Omit<MutationReport, 'resilience'>;
  evidenceBundle?: EvidenceLinks;
  recordFiles: string[];
  /**
   * The runner each recorded job ran on (the record's job object has no runner field: its
   * `machine.class` is the price class the labels map to, and `runner_type`/`runner_os` the run's).
   */
  runners: { job: string; runner?: string; group?: string; labels: string[] }[];
  billedMinutes: number;
  recordFile?: string;
  record?: PipelineRunRecord;
  problems?: string[];
}

function files(inputs: Inputs, ctx: GateContext, name: string, exts: string[]): string[] {
  const patterns = inputs.list(name);
  if (!patterns.length) return [];
  const { files: found, unmatched } = expandFiles(ctx.workspace, patterns, exts);
  if (unmatched.length)
    throw new InputError(
      name,
      `${unmatched.map((p) => `'${p}'`).join(', ')} matched no file; a report that is missing is never recorded as "no tests"`
    );
  return found;
}

async function evaluate(
  inputs: Inputs,
  ctx: GateContext
): Promise<Evaluation<PipelineRunEvidence>> {
  const target = runTarget(inputs, ctx);
  const path = (name: string): string | undefined => {
    const v = inputs.string(name);
    return v ? resolve(ctx.workspace, v) : undefined;
  };
  const shown = (f: string): string => displayPath(ctx.workspace, f);

  // Local files first: a bad report fails fast, before any API call. minimatch loads only for
  // an input glob the simple matcher does not take.
  await loadGlobsFor(ctx.workspace, [...inputs.list('junit'), ...inputs.list('coverage')]);
  const junit = files(inputs, ctx, 'junit', ['.xml']).map((f) => readJUnitFile(f, shown(f)));
  const coverage = files(inputs, ctx, 'coverage', ['.info', '.lcov', '.xml']).map((f) =>
    readCoverageFile(f, shown(f))
  );
  const mutationFile = path('mutation');
  const mutation = mutationFile ? readMutationReport(mutationFile, shown(mutationFile)) : undefined;
  const bundleFile = path('evidence-bundle');
  const evidenceBundle = bundleFile ? readEvidenceBundle(bundleFile, shown(bundleFile)) : undefined;
  const pricesFile = path('runner-prices');
  const prices = pricesFile ? readPriceTable(pricesFile, shown(pricesFile)) : DEFAULT_PRICES;
  const recordPaths = inputs.list('records').map((p) => resolve(ctx.workspace, p));
  const gateRecords = readGateRecords(recordPaths.length ? recordPaths : [ctx.tempDir]);

  const token = inputs.string('token') || ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || '';
  if (token) ctx.secret(token);
  const timeoutMs = inputs.duration('api-timeout') ?? 30_000;
  const retries = inputs.number('api-retries') ?? 3;
  const apiUrl = ctx.env.GITHUB_API_URL || undefined;
  const client = createGitHubClient({
    token: token || undefined,
    apiUrl,
    userAgent: 'ci-intel-hub pipeline-run',
    timeoutMs,
    deadline: Date.now() + 10 * timeoutMs,
    retries,
    log: ctx.log
  });
  let fetched;
  try {
    fetched = await fetchRunAndJobs(client, {
      repository: target.repository,
      runId: target.runId,
      attempt: target.attempt
    });
  } catch (err) {
    throw apiError(err, `reading run ${target.runId} of ${target.repository}`, apiUrl);
  }

  const built = buildRecord({
    run: fetched.run,
    jobs: fetched.jobs,
    prices,
    tests: junit.length ? sumJUnit(junit) : undefined,
    coverage: coverage.length ? coverageFractions(coverage) : undefined,
    resilience: mutation?.resilience,
    policies: gateRecords.policies,
    cacheEvents: gateRecords.cacheEvents,
    evidence: evidenceBundle,
    eventPullRequest: target.eventPullRequest
  });
  const { record, leftOut } = built;
  const evidence: PipelineRunEvidence = {
    target,
    apiPages: fetched.pages + 1,
    jobsListed: fetched.jobs.length,
    leftOut,
    junit,
    coverage,
    ...(mutation
      ? { mutation: { ...mutation, resilience: undefined } as Omit<MutationReport, 'resilience'> }
      : {}),
    ...(evidenceBundle ? { evidenceBundle } : {}),
    recordFiles: gateRecords.files.map(shown),
    runners: fetched.jobs
      .filter((j) => j.status === 'completed')
      .map((j) => ({
        job: j.name,
        ...(j.runnerName ? { runner: j.runnerName } : {}),
        ...(j.runnerGroupName ? { group: j.runnerGroupName } : {}),
        labels: j.labels
      })),
    billedMinutes: built.billedMinutes,
    record
  };
  const outputs: Record<string, string> = {
    'run-id': record.run_id,
    'record-file': '',
    'jobs-recorded': String(record.jobs.length),
    'jobs-left-out': leftOut.map((j) => j.name).join('\n')
  };

  const problems = pipelineRunProblems(record);
  if (problems.length) {
    evidence.problems = problems;
    return {
      verdict: 'error',
      summary: `the record of run ${target.runId} fails pipeline_run.v1.2 (${problems.length} problem${problems.length === 1 ? '' : 's'}): not written`,
      findings: problems.map((p) => ({
        rule: 'pipeline-run/record-invalid',
        severity: 'error' as const,
        message: `record of run ${target.runId}: ${p}`,
        help: RULES[5].help
      })),
      evidence,
      outputs
    };
  }

  const findings: Finding[] = [];
  if (leftOut.length) {
    const unexpected = !target.ownRun && fetched.run.status === 'completed';
    findings.push({
      rule: 'pipeline-run/jobs-left-out',
      severity: unexpected ? 'warning' : 'note',
      message: `${leftOut.length} unfinished job${leftOut.length === 1 ? '' : 's'} left out of the record: ${leftOut.map((j) => `${j.name} (${j.status})`).join(', ')}`,
      help: RULES[0].help
    });
  }
  for (const u of built.unpriced)
    findings.push({
      rule: 'pipeline-run/unpriced-runner',
      severity: 'warning',
      message: `job '${u.name}' ran on [${u.labels.join(', ')}], which no runner price class matches: cost.usd leaves it out`,
      help: RULES[1].help
    });
  if (mutation && mutation.statuses.Pending > 0)
    findings.push({
      rule: 'pipeline-run/mutation-pending',
      severity: 'warning',
      message: `${mutation.file}: ${mutation.statuses.Pending} mutant(s) are Pending (never ran) and are not counted`,
      help: RULES[2].help,
      file: mutation.file
    });
  if (recordPaths.length)
    for (const m of gateRecords.missing)
      findings.push({
        rule: 'pipeline-run/records-missing',
        severity: 'note',
        message: `records path ${shown(m)} does not exist: no gate records read from it`,
        help: RULES[4].help
      });
  for (const j of junit)
    for (const m of j.mismatches)
      findings.push({
        rule: 'pipeline-run/junit-count-mismatch',
        severity: 'note',
        message: `${j.file}: ${m}`,
        help: RULES[3].help,
        file: j.file
      });

  const out = path('output-file') ?? resolve(ctx.tempDir, 'pipeline-run.ndjson');
  try {
    mkdirSync(dirname(out), { recursive: true });
    appendFileSync(out, JSON.stringify(record) + '\n');
  } catch (err) {
    throw new GateError(
      `cannot append the record to ${shown(out)} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      "Check 'output-file': a writable file path."
    );
  }
  evidence.recordFile = out;
  outputs['record-file'] = out;
  const t = record.tests;
  return {
    verdict: 'pass',
    summary: `recorded run ${target.runId} attempt ${fetched.run.attempt} (${record.status}): ${record.jobs.length} job${record.jobs.length === 1 ? '' : 's'}${leftOut.length ? `, ${leftOut.length} unfinished left out` : ''}; ${t.total} tests, ${t.failed} failed; $${record.cost.usd.toFixed(3)}`,
    findings,
    evidence,
    outputs
  };
}

export const pipelineRun: Gate<PipelineRunEvidence> = {
  name: 'pipeline-run',
  rules: RULES,
  evaluate
};
