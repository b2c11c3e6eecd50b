/**
 * `operation: rebuild`: copy the workspace into a fresh build folder, run the build command
 * with bash under the fixed environment, collect its output, and do it again with the declared
 * variations applied to the second build. Each build is bounded by a timeout (its whole process
 * group is killed) and its output is kept to a bounded tail for the log.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { GateError } from '../../core/errors.js';
import { copyTree } from './copy-tree.js';
import {
  buildEnvironments,
  pickLocale,
  VARIATION_NAMES,
  VARIATIONS,
  type BuildEnvironment,
  type Variation
} from './variations.js';

export interface RebuildPlan {
  workspace: string;
  tempDir: string;
  command: string;
  /** The build output, relative to the build folder. */
  output: string;
  variations: ReadonlySet<Variation>;
  sourceDateEpoch: number;
  timeoutMs: number;
  env: Readonly<Record<string, string | undefined>>;
  log(message: string): void;
}

export interface BuildRun {
  label: 'a' | 'b';
  buildPath: string;
  environment: BuildEnvironment;
  exitCode: number;
  durationMs: number;
  startedAt: string;
}

export interface RebuildResult {
  outputA: string;
  outputB: string;
  builds: BuildRun[];
  variations: { name: Variation; enabled: boolean; effect: string }[];
  scratch: string;
}

const TAIL_BYTES = 16 * 1024;

function runBuild(
  plan: RebuildPlan,
  cwd: string,
  env: BuildEnvironment,
  label: 'a' | 'b'
): Promise<BuildRun> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const childEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(plan.env)) if (v !== undefined) childEnv[k] = v;
    delete childEnv.LANGUAGE;
    for (const k of Object.keys(childEnv)) if (k.startsWith('LC_')) delete childEnv[k];
    Object.assign(childEnv, {
      TZ: env.TZ,
      LC_ALL: env.LC_ALL,
      LANG: env.LANG,
      SOURCE_DATE_EPOCH: env.SOURCE_DATE_EPOCH,
      PYTHONHASHSEED: env.PYTHONHASHSEED,
      PWD: cwd
    });
    const child = spawn('bash', ['-c', `umask ${env.umask}\n${plan.command}`], {
      cwd,
      env: childEnv,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let tail = '';
    const keep = (d: Buffer): void => {
      tail = (tail + d.toString('utf8')).slice(-TAIL_BYTES);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, plan.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new GateError(`build ${label} could not start bash: ${err.message}`, 'Install bash.'));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const durationMs = Date.now() - started;
      if (tail.trim())
        plan.log(`build ${label} output (last ${TAIL_BYTES / 1024} KiB):\n${tail.trimEnd()}`);
      if (timedOut) {
        reject(
          new GateError(
            `build ${label} did not finish within the timeout (${Math.round(plan.timeoutMs / 1000)} s); it was killed`,
            "Raise 'timeout' or make the build faster."
          )
        );
        return;
      }
      if (code !== 0) {
        reject(
          new GateError(
            `build ${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`}) in ${cwd}; see the build output in the log`,
            "Make 'command' succeed in a fresh copy of the workspace under TZ/LC_ALL/SOURCE_DATE_EPOCH/umask as printed."
          )
        );
        return;
      }
      resolvePromise({
        label,
        buildPath: cwd,
        environment: env,
        exitCode: 0,
        durationMs,
        startedAt: new Date(started).toISOString()
      });
    });
  });
}

function locales(): string[] {
  const r = spawnSync('locale', ['-a'], { encoding: 'utf8', timeout: 5000 });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}

async function waitForLaterTime(since: number): Promise<void> {
  // Two seconds apart and in different 2-second buckets (zip's DOS time resolution).
  const target = (Math.floor(since / 2000) + 2) * 2000;
  const wait = Math.max(0, target - Date.now(), since + 2000 - Date.now());
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}

export async function rebuildTwice(plan: RebuildPlan): Promise<RebuildResult> {
  const set = plan.variations;
  const locale = set.has('locale') ? pickLocale(locales()) : 'C';
  const [envA, envB] = buildEnvironments(set, plan.sourceDateEpoch, locale);
  const variations = VARIATION_NAMES.map((name) => ({
    name,
    enabled: set.has(name),
    effect: set.has(name)
      ? name === 'locale'
        ? `LC_ALL=C in the first build, LC_ALL=${locale} in the second`
        : VARIATIONS[name]
      : 'held fixed'
  }));
  plan.log(
    `effective variation set: ${set.size ? VARIATION_NAMES.filter((v) => set.has(v)).join(', ') : '(none)'}`
  );
  for (const v of variations) plan.log(`  ${v.enabled ? '+' : '-'} ${v.name}: ${v.effect}`);
  plan.log(
    `fixed environment: TZ=${envA.TZ} LC_ALL=${envA.LC_ALL} SOURCE_DATE_EPOCH=${envA.SOURCE_DATE_EPOCH} PYTHONHASHSEED=${envA.PYTHONHASHSEED} umask ${envA.umask}`
  );
  mkdirSync(plan.tempDir, { recursive: true });
  const scratch = mkdtempSync(join(plan.tempDir, 'determinism-'));
  const skip = new Set([resolve(plan.tempDir), resolve(scratch)]);
  const pathA = set.has('build-path') ? join(scratch, 'a', 'build') : join(scratch, 'build');
  const pathB = set.has('build-path') ? join(scratch, 'b', 'second-build-path', 'src') : pathA;
  const outputs = join(scratch, 'outputs');
  mkdirSync(outputs);

  const collect = (buildPath: string, label: 'a' | 'b'): string => {
    const produced = join(buildPath, plan.output);
    if (!existsSync(produced)) {
      throw new GateError(
        `build ${label} succeeded but produced no '${plan.output}' in its build folder`,
        "Set 'build-output' to the path (relative to the workspace root) that 'command' writes."
      );
    }
    mkdirSync(join(outputs, label));
    const kept = join(outputs, label, basename(resolve(produced)));
    renameSync(produced, kept);
    return kept;
  };

  try {
    copyTree(plan.workspace, pathA, false, skip);
    const runA = await runBuild(plan, pathA, envA, 'a');
    const outputA = collect(pathA, 'a');
    rmSync(pathA, { recursive: true, force: true });
    if (set.has('time')) await waitForLaterTime(Date.parse(runA.startedAt));
    copyTree(plan.workspace, pathB, set.has('file-order'), skip);
    const runB = await runBuild(plan, pathB, envB, 'b');
    const outputB = collect(pathB, 'b');
    rmSync(pathB, { recursive: true, force: true });
    return { outputA, outputB, builds: [runA, runB], variations, scratch };
  } catch (err) {
    // The caller removes the scratch folder after comparing; on failure it is removed here.
    rmSync(scratch, { recursive: true, force: true });
    throw err;
  }
}
