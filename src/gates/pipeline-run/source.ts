/**
 * Which run the action records: explicit inputs, else the run a `workflow_run` event names (read
 * from GITHUB_EVENT_PATH), else the run it is part of (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT).
 */
import { InputError, GateError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { readRegularTextFile } from '../../core/read-file.js';
import { parseStrictJson } from '../../core/strict-json.js';

export interface RunTarget {
  repository: string;
  runId: number;
  /** Undefined: the run's latest attempt. */
  attempt?: number;
  /** How it was chosen. */
  source: 'inputs' | 'workflow_run' | 'this-run';
  /** Whether the recorder runs inside the run it records (its own job is then unfinished). */
  ownRun: boolean;
  /**
   * The pull request of this run's `pull_request*` event payload: GitHub's run object lists no
   * pull request for a fork's, so the event is the only place the number is.
   */
  eventPullRequest?: number;
}

function eventPayload(ctx: GateContext, what: string): Record<string, unknown> {
  const path = ctx.env.GITHUB_EVENT_PATH as string;
  const doc = parseStrictJson(
    readRegularTextFile(path, { maxBytes: 25 * 1024 * 1024, what: 'the event payload' }),
    what
  );
  return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
}

/** `pull_request.number` of a pull_request / pull_request_target event of this run. */
function ownPullRequest(ctx: GateContext): number | undefined {
  if (!ctx.env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !ctx.env.GITHUB_EVENT_PATH)
    return undefined;
  const pr = eventPayload(ctx, 'the pull_request event payload').pull_request as
    { number?: unknown } | undefined;
  return typeof pr?.number === 'number' && Number.isInteger(pr.number) && pr.number > 0
    ? pr.number
    : undefined;
}

function runIdOf(v: string, input: string): number {
  if (!/^[1-9]\d{0,15}$/.test(v.trim()))
    throw new InputError(input, `'${v}' is not a workflow run id (a positive whole number)`);
  return Number(v.trim());
}

function workflowRunEvent(ctx: GateContext): { id: number; attempt?: number; repository?: string } {
  const path = ctx.env.GITHUB_EVENT_PATH;
  if (!path)
    throw new GateError(
      'GITHUB_EVENT_NAME is workflow_run but GITHUB_EVENT_PATH is not set',
      "Set 'run-id' (e.g. ${{ github.event.workflow_run.id }})."
    );
  const doc = eventPayload(ctx, 'the workflow_run event payload') as {
    workflow_run?: { id?: unknown; run_attempt?: unknown; repository?: { full_name?: unknown } };
  };
  const wr = doc?.workflow_run;
  if (!wr || typeof wr.id !== 'number')
    throw new GateError('the workflow_run event payload has no workflow_run.id', "Set 'run-id'.");
  return {
    id: wr.id,
    attempt: typeof wr.run_attempt === 'number' ? wr.run_attempt : undefined,
    repository: typeof wr.repository?.full_name === 'string' ? wr.repository.full_name : undefined
  };
}

export function runTarget(inputs: Inputs, ctx: GateContext): RunTarget {
  const env = ctx.env;
  const thisRun = env.GITHUB_RUN_ID;
  const givenId = inputs.string('run-id');
  const givenAttempt = inputs.number('run-attempt');
  const givenRepo = inputs.string('repository');
  let t: RunTarget;
  if (givenId) {
    const runId = runIdOf(givenId, 'run-id');
    const repository = givenRepo || env.GITHUB_REPOSITORY || '';
    const own = runId === Number(thisRun) && repository === env.GITHUB_REPOSITORY;
    t = {
      repository,
      runId,
      attempt:
        givenAttempt ??
        (own && env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined),
      source: 'inputs',
      ownRun: own
    };
  } else if (env.GITHUB_EVENT_NAME === 'workflow_run') {
    const ev = workflowRunEvent(ctx);
    t = {
      repository: givenRepo || ev.repository || env.GITHUB_REPOSITORY || '',
      runId: ev.id,
      attempt: givenAttempt ?? ev.attempt,
      source: 'workflow_run',
      ownRun: false
    };
  } else {
    if (!thisRun)
      throw new InputError(
        'run-id',
        'is required outside GitHub Actions (GITHUB_RUN_ID is not set)'
      );
    const attempt =
      givenAttempt ??
      (env.GITHUB_RUN_ATTEMPT ? runIdOf(env.GITHUB_RUN_ATTEMPT, 'run-attempt') : undefined);
    t = {
      repository: givenRepo || env.GITHUB_REPOSITORY || '',
      runId: runIdOf(thisRun, 'run-id'),
      attempt,
      source: 'this-run',
      ownRun: true
    };
  }
  if (!t.repository)
    throw new InputError('repository', 'is required (GITHUB_REPOSITORY is not set)');
  if (t.ownRun) {
    const pr = ownPullRequest(ctx);
    if (pr !== undefined) t.eventPullRequest = pr;
  }
  return t;
}
