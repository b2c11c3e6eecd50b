/** The fail-closed runner: inputs in, a GateResult out, never an exception. */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ActionSpec } from './action-spec.js';
import { registeredActionSpec } from './build-registry.js';
import { GateError, InputError, errorMessage } from './errors.js';
import type { Gate, GateContext } from './gate.js';
import { parseInputs, type Inputs } from './inputs.js';
import { FileReadError } from './read-file.js';
import { Redactor } from './redact.js';
import { DEFAULT_CONFIG_FILE } from '../config/default-file.js';
import { resolveGateConfig, type ConfigEvidence } from '../config/resolve.js';
import { isVerdict, type Evaluation, type Finding, type GateResult, type Mode } from './result.js';
import { JsonDocumentError } from './strict-json.js';

export interface RunOptions {
  spec?: ActionSpec;
  redactor?: Redactor;
  /**
   * How `raw` was given: `with:` (the runner, which fills action.yml defaults into INPUT_*, so a
   * value equal to its default counts as not given) or `flag` (the CLI: only what was typed).
   */
  given?: 'with:' | 'flag';
  /** A configuration file named explicitly (CLI --config); else CI_INTEL_CONFIG or the default. */
  configFile?: string;
  /** Skip `.ci-intel/config.yml` (the pure-logic tests of a gate). */
  noConfig?: boolean;
}

/** The step's own values: what the runner filled in from action.yml defaults is not "given". */
function givenValues(
  spec: ActionSpec,
  raw: Record<string, string | undefined>,
  label: 'with:' | 'flag'
): Record<string, string | undefined> {
  if (label === 'flag') return raw;
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(raw)) {
    const d = spec.inputs.find((i) => i.name === k)?.default;
    if (v !== undefined && v !== d) out[k] = v;
  }
  return out;
}

/** A path as the user gave it: relative to the workspace when inside it. */
function shownPath(workspace: string | undefined, file: string): string {
  if (!workspace) return file;
  const rel = relative(workspace, resolve(workspace, file));
  if (rel === '') return '.';
  return !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function ruleOf(err: unknown): string {
  if (err instanceof InputError) return 'input/invalid';
  if (err instanceof FileReadError) return 'input/unreadable-file';
  if (err instanceof JsonDocumentError) return 'input/invalid-document';
  return 'gate/error';
}

function errorEvaluation(err: unknown, spec: ActionSpec, workspace?: string): Evaluation<object> {
  const finding: Finding = {
    rule: ruleOf(err),
    severity: 'error',
    message: errorMessage(err)
  };
  if (err instanceof FileReadError) {
    // Any file input of any gate (bundle, trusted root, evidence, layout blob, workflow file):
    // a FIFO, device, directory, missing or oversized file is a clean error naming it.
    const shown = shownPath(workspace, err.file);
    finding.message = finding.message.split(err.file).join(shown);
    finding.file = shown;
    finding.help = err.help;
  } else if (err instanceof JsonDocumentError) {
    if (err.line) finding.line = err.line;
    finding.help =
      'Fix the document: it must be valid JSON, and a key may appear only once in an object.';
  } else if (err instanceof InputError) {
    finding.help = `Set '${err.input}' in the step's \`with:\` (or --${err.input} on the CLI). See actions/${spec.gate}/action.yml.`;
  } else if (err instanceof GateError) {
    if (err.help) finding.help = err.help;
    if (err.file) finding.file = err.file;
    if (err.line) finding.line = err.line;
    if (err.column) finding.column = err.column;
  } else {
    finding.help =
      'The gate could not decide and fails closed. Re-run with mode: audit to report only.';
  }
  return {
    verdict: 'error',
    summary: `could not decide: ${finding.message}`,
    findings: [finding],
    evidence: { error: finding.message }
  };
}

/** Give the verdict no chance to be kinder than the findings. */
function consistent(e: Evaluation<object>): Evaluation<object> {
  if (!isVerdict(e.verdict)) {
    return {
      ...e,
      verdict: 'error',
      summary: `could not decide: the gate returned the verdict ${JSON.stringify(e.verdict)}`
    };
  }
  if (e.verdict === 'pass' && e.findings.some((f) => f.severity === 'error')) {
    return { ...e, verdict: 'fail' };
  }
  return e;
}

function modeOf(raw: Record<string, string | undefined>): Mode {
  return raw.mode?.trim() === 'audit' ? 'audit' : 'enforce';
}

export async function runGate(
  gate: Gate,
  raw: Record<string, string | undefined>,
  ctx: GateContext,
  options: RunOptions = {}
): Promise<GateResult> {
  const started = new Date();
  // process.hrtime, not performance.now(): the `performance` global loads perf_hooks (~1 ms).
  const t0 = process.hrtime.bigint();
  const redactor = options.redactor ?? new Redactor();
  let spec: ActionSpec | undefined = options.spec;
  let evaluation: Evaluation<object>;
  let inputs: Inputs | undefined;
  let mode = modeOf(raw);
  let configEvidence: ConfigEvidence | undefined;
  try {
    spec ??=
      registeredActionSpec(gate.name) ??
      (await import('./action-spec.js')).loadActionSpec(gate.name);
    if (gate.prestart) {
      try {
        gate.prestart(
          Object.fromEntries(spec.inputs.map((i) => [i.name, raw[i.name] ?? i.default])),
          ctx
        );
      } catch {
        // A guess only: evaluate reports whatever is wrong with the inputs.
      }
    }
    let effectiveRaw = raw;
    if (!options.noConfig) {
      const label = options.given ?? 'flag';
      // Unknown input names are reported by parseInputs, against the action.yml.
      parseInputs(spec, raw);
      // The YAML reader and the schema validator load only when there is a file to read.
      const named = options.configFile ?? ctx.env.CI_INTEL_CONFIG;
      const layers =
        named || existsSync(join(ctx.workspace, DEFAULT_CONFIG_FILE))
          ? await (
              await import('../config/layers.js')
            ).loadLayers({
              workspace: ctx.workspace,
              env: ctx.env,
              tempDir: ctx.tempDir,
              configFile: options.configFile,
              // A private overlay is read with the gate's own token input when it has one.
              token: raw.token || raw['github-token'] || undefined
            })
          : {};
      const effective = resolveGateConfig(spec, layers, {
        values: givenValues(spec, raw, label),
        label
      });
      effectiveRaw = { ...effective.raw };
      // Secret inputs never come from files: keep what the step or the environment gave.
      for (const i of spec.inputs)
        if (i.type === 'secret' && raw[i.name]) effectiveRaw[i.name] = raw[i.name];
      ctx = {
        ...ctx,
        settings: Object.fromEntries(
          Object.entries(effective.settings).map(([k, v]) => [
            k,
            { value: v.value, file: v.origin.file, line: v.origin.line, label: v.origin.label }
          ])
        )
      };
      configEvidence = effective.evidence;
    }
    inputs = parseInputs(spec, effectiveRaw);
    mode = inputs.mode;
    for (const s of inputs.secrets()) {
      redactor.add(s);
      ctx.secret(s);
    }
    evaluation = consistent(await gate.evaluate(inputs, ctx));
  } catch (err) {
    evaluation = errorEvaluation(err, spec ?? ({ gate: gate.name } as ActionSpec), ctx.workspace);
  }
  const result: GateResult = {
    schema: 'ci-intel.gate-result.v1',
    gate: gate.name,
    verdict: evaluation.verdict,
    mode,
    summary: evaluation.summary,
    findings: evaluation.findings,
    evidence: { ...(evaluation.evidence as Record<string, unknown>) },
    outputs: evaluation.outputs ?? {},
    startedAt: started.toISOString(),
    durationMs: Math.round(Number(process.hrtime.bigint() - t0) / 1000) / 1000
  };
  if (inputs) result.evidence.inputs ??= inputs.toEvidence();
  if (configEvidence) result.evidence.config ??= configEvidence;
  return redactor.redactResult(result);
}
