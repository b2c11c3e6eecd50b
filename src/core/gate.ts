/** What a gate is, and what it may use from its surroundings (no @actions import). */
import type { Inputs } from './inputs.js';
import type { Evaluation, RuleInfo } from './result.js';

export interface GateContext {
  /** The checkout the gate inspects (GITHUB_WORKSPACE on a runner, the cwd locally). */
  workspace: string;
  /** A private scratch folder ($RUNNER_TEMP/ci-intel locally or on a runner). */
  tempDir: string;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  /** Progress lines for the log (already redacted by the caller). */
  log(message: string): void;
  /** Registers a value that must never be printed. */
  secret(value: string): void;
  /**
   * Structured sections of the effective configuration for this gate (e.g. pr-target-ban's
   * `allow`), set by the runner from `.ci-intel/config.yml` and its overlay.
   */
  settings?: Readonly<
    Record<string, { value: unknown; file?: string; line?: number; label: string }>
  >;
}

export interface Gate<Evidence extends object = object> {
  /** The folder name under actions/ (and dist/). */
  name: string;
  /** Rule metadata for SARIF and help. */
  rules: RuleInfo[];
  evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation<Evidence>>;
  /**
   * Work the gate may begin before its inputs are checked and its config is read (starting a
   * worker thread), given the step's inputs with the action's defaults. A guess: it decides
   * nothing and its errors are ignored; `evaluate` decides.
   */
  prestart?(raw: Record<string, string | undefined>, ctx: GateContext): void;
}
