/**
 * The one place that talks to the Actions runner: `INPUT_*` in; outputs, job summary,
 * annotations, policy record and SARIF out. Everything else is pure.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { registeredActionSpec } from './build-registry.js';
import { errorMessage } from './errors.js';
import type { Gate, GateContext } from './gate.js';
import { inOffloadWorker } from './offload.js';
import { onSecretRegistered, Redactor } from './redact.js';
import {
  appendPolicyRecord,
  hubTempDir,
  writeFilePieces,
  writeResultFile
} from './report/files.js';
import { summaryMarkdownParts } from './report/markdown.js';
import { sarifPieces } from './report/sarif.js';
import { stepFails, type GateResult } from './result.js';
import * as core from './runner-commands.js';
import { runGate } from './run-gate.js';
import { HUB_VERSION } from './version.js';

/** GitHub shows at most 10 annotations of each kind per step; we send a few more, then a note. */
const MAX_ANNOTATIONS = 50;

function annotate(result: GateResult): void {
  let sent = 0;
  for (const f of result.findings) {
    if (!f.file) continue;
    if (sent === MAX_ANNOTATIONS) {
      core.notice(
        `${result.findings.length - sent} more findings: see the job summary or result-file.`
      );
      break;
    }
    const props: core.AnnotationProperties = {
      title: `${result.gate}: ${f.rule}`,
      file: f.file,
      startLine: f.line,
      startColumn: f.column
    };
    const text = f.help ? `${f.message}\nFix: ${f.help}` : f.message;
    if (f.severity === 'error') core.error(text, props);
    else if (f.severity === 'warning') core.warning(text, props);
    else core.notice(text, props);
    sent++;
  }
}

export interface ActionRunOptions {
  /** Extra job-summary section built from the result (gate-specific tables). */
  details?: (result: GateResult) => string | undefined;
}

/** Runs the action; in an offload worker of the bundle (src/core/offload.ts), nothing. */
export async function runAction(
  gate: Gate,
  options: ActionRunOptions = {}
): Promise<GateResult | undefined> {
  if (inOffloadWorker()) return undefined;
  // The bundle carries its spec (scripts/build.mjs); the YAML reader loads only without one.
  const spec =
    registeredActionSpec(gate.name) ?? (await import('./action-spec.js')).loadActionSpec(gate.name);
  const redactor = new Redactor();
  // Tokens learnt during the run (a registry's bearer token) are masked in the runner log too.
  onSecretRegistered((form) => core.setSecret(form));
  const mask = (value: string): void => {
    core.setSecret(value);
    for (const form of redactor.add(value)) core.setSecret(form);
  };
  const raw: Record<string, string | undefined> = {};
  for (const input of spec.inputs) {
    const value = core.getInput(input.name);
    if (input.type === 'secret' && value) mask(value);
    if (value !== '') raw[input.name] = value;
  }
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir();
  const ctx: GateContext = {
    workspace: resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
    tempDir: hubTempDir(runnerTemp),
    env: process.env,
    now: () => new Date(),
    log: (m) => core.info(redactor.redact(m)),
    secret: mask
  };
  const result = await runGate(gate, raw, ctx, { spec, redactor, given: 'with:' });

  // A file the step promises but could not write fails the step, after everything else is
  // reported: the verdict is never lost with it, and the run never ends in a crash.
  const unwritten: string[] = [];
  const write = (what: string, fix: string, act: () => void, where = ''): void => {
    try {
      act();
    } catch (err) {
      unwritten.push(`${what} could not be written${where} (${errorMessage(err)}): ${fix}`);
    }
  };
  const underTemp = 'give the step a writable RUNNER_TEMP';
  core.setOutput('verdict', result.verdict);
  write(
    'the result file',
    underTemp,
    () => core.setOutput('result-file', writeResultFile(result, runnerTemp)),
    ` under ${ctx.tempDir}`
  );
  for (const [k, v] of Object.entries(result.outputs)) core.setOutput(k, v);
  write(
    'the policy record',
    underTemp,
    () => appendPolicyRecord(result, runnerTemp),
    ` under ${ctx.tempDir}`
  );

  const sarifFile = raw['sarif-file'];
  if (sarifFile && spec.inputs.some((i) => i.name === 'sarif-file')) {
    write(
      `input 'sarif-file': ${sarifFile}`,
      'name a writable file path under the workspace',
      () => {
        writeFilePieces(
          resolve(ctx.workspace, sarifFile),
          sarifPieces(result, gate.rules, HUB_VERSION)
        );
        core.setOutput('sarif-file', sarifFile);
      }
    );
  }

  annotate(result);
  try {
    core.appendSummary(summaryMarkdownParts(result, options.details?.(result)));
  } catch (err) {
    // No GITHUB_STEP_SUMMARY (a local run): the log below carries the same facts.
    core.debug(`no job summary written: ${String(err)}`);
  }
  core.info(`${result.gate}: ${result.verdict} — ${result.summary}`);
  for (const problem of unwritten) core.error(redactor.redact(`${result.gate}: ${problem}`));
  if (unwritten.length) {
    core.setFailed(
      redactor.redact(
        `${result.gate} ${result.verdict}, but ${unwritten.length === 1 ? 'a file it promises was' : 'files it promises were'} not written: ${unwritten.join('; ')}`
      )
    );
  } else if (stepFails(result)) {
    core.setFailed(`${result.gate} ${result.verdict}: ${result.summary}`);
  } else if (result.verdict !== 'pass') {
    core.warning(`${result.gate} ${result.verdict} (audit mode, not blocking): ${result.summary}`);
  }
  return result;
}
