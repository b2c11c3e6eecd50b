/**
 * What a run cost: each job's billed minutes (GitHub rounds every job up to a whole minute) times
 * the per-minute price of its machine class, and its CPU seconds (duration × vCPUs). The default
 * table is GitHub's published per-minute rates for hosted runners (docs.github.com, billing →
 * "Actions runner pricing", the rates in force from 2026-01-01); docs/gates/pipeline-run.md lists
 * it. A `runner-prices` JSON file overrides or adds classes and maps runner labels to classes:
 *
 *   { "classes": { "linux-8-core": { "usd_per_minute": 0.022, "cpu": 8, "ram_gb": 32 } },
 *     "labels":  { "big-linux": "linux-8-core", "depot-ubuntu-24.04-arm-small": "linux-arm64-2" } }
 *
 * A job whose labels match no class is left unpriced (its cost is not guessed): the record's
 * `cost.usd` then covers the priced jobs only and the action says which jobs were left out.
 */
import { GateError } from '../core/errors.js';
import { readRegularTextFile } from '../core/read-file.js';
import { parseStrictJson } from '../core/strict-json.js';
import { round } from './coverage.js';

export interface MachineClass {
  usd_per_minute: number;
  cpu: number;
  ram_gb?: number;
  gpu?: number;
}

export interface PriceTable {
  classes: Record<string, MachineClass>;
  /** Runner label (lower case) → class. */
  labels: Record<string, string>;
}

/** GitHub-hosted runner rates (USD per minute) and sizes, from 2026-01-01. */
export const DEFAULT_PRICES: PriceTable = {
  classes: {
    'linux-1': { usd_per_minute: 0.002, cpu: 1, ram_gb: 5 },
    'linux-2': { usd_per_minute: 0.006, cpu: 2, ram_gb: 7 },
    'linux-arm64-2': { usd_per_minute: 0.005, cpu: 2, ram_gb: 7 },
    'windows-2': { usd_per_minute: 0.01, cpu: 2, ram_gb: 7 },
    'windows-arm64-2': { usd_per_minute: 0.008, cpu: 2, ram_gb: 7 },
    macos: { usd_per_minute: 0.062, cpu: 3, ram_gb: 7 },
    'macos-large': { usd_per_minute: 0.077, cpu: 12, ram_gb: 30 },
    'macos-xlarge': { usd_per_minute: 0.102, cpu: 5, ram_gb: 14 },
    'linux-4': { usd_per_minute: 0.012, cpu: 4, ram_gb: 16 },
    'linux-8': { usd_per_minute: 0.022, cpu: 8, ram_gb: 32 },
    'linux-16': { usd_per_minute: 0.042, cpu: 16, ram_gb: 64 },
    'linux-32': { usd_per_minute: 0.082, cpu: 32, ram_gb: 128 },
    'linux-64': { usd_per_minute: 0.162, cpu: 64, ram_gb: 256 },
    'linux-96': { usd_per_minute: 0.252, cpu: 96, ram_gb: 384 },
    'windows-4': { usd_per_minute: 0.022, cpu: 4, ram_gb: 16 },
    'windows-8': { usd_per_minute: 0.042, cpu: 8, ram_gb: 32 },
    'windows-16': { usd_per_minute: 0.082, cpu: 16, ram_gb: 64 },
    'windows-32': { usd_per_minute: 0.162, cpu: 32, ram_gb: 128 },
    'windows-64': { usd_per_minute: 0.322, cpu: 64, ram_gb: 256 },
    'linux-arm64-4': { usd_per_minute: 0.008, cpu: 4, ram_gb: 16 },
    'linux-arm64-8': { usd_per_minute: 0.014, cpu: 8, ram_gb: 32 },
    'linux-arm64-16': { usd_per_minute: 0.026, cpu: 16, ram_gb: 64 },
    'linux-arm64-32': { usd_per_minute: 0.05, cpu: 32, ram_gb: 128 },
    'linux-arm64-64': { usd_per_minute: 0.098, cpu: 64, ram_gb: 256 },
    /** Your own machines: GitHub bills no minutes for them; override with your own figure. */
    'self-hosted': { usd_per_minute: 0, cpu: 0 }
  },
  labels: {
    'ubuntu-slim': 'linux-1',
    'ubuntu-latest': 'linux-2',
    'ubuntu-24.04': 'linux-2',
    'ubuntu-22.04': 'linux-2',
    'ubuntu-20.04': 'linux-2',
    'ubuntu-18.04': 'linux-2',
    'ubuntu-24.04-arm': 'linux-arm64-2',
    'ubuntu-22.04-arm': 'linux-arm64-2',
    'windows-latest': 'windows-2',
    'windows-2025': 'windows-2',
    'windows-2022': 'windows-2',
    'windows-2019': 'windows-2',
    'windows-11-arm': 'windows-arm64-2',
    'macos-latest': 'macos',
    'macos-26': 'macos',
    'macos-15': 'macos',
    'macos-14': 'macos',
    'macos-13': 'macos',
    'macos-15-intel': 'macos',
    'macos-latest-large': 'macos-large',
    'macos-26-large': 'macos-large',
    'macos-15-large': 'macos-large',
    'macos-14-large': 'macos-large',
    'macos-13-large': 'macos-large',
    'macos-latest-xlarge': 'macos-xlarge',
    'macos-26-xlarge': 'macos-xlarge',
    'macos-15-xlarge': 'macos-xlarge',
    'macos-14-xlarge': 'macos-xlarge',
    'macos-13-xlarge': 'macos-xlarge',
    'self-hosted': 'self-hosted'
  }
};

/** The class a job's labels name: the first label the table knows (explicit labels first). */
export function machineClassOf(
  labels: string[],
  table: PriceTable
): { name: string; machine: MachineClass } | undefined {
  const lower = labels.map((l) => l.toLowerCase());
  // A self-hosted runner's other labels (linux, x64, gpu) describe it; the class is the user's.
  const ordered = lower.includes('self-hosted')
    ? [...lower.filter((l) => l !== 'self-hosted'), 'self-hosted']
    : lower;
  for (const l of ordered) {
    const name = table.labels[l] ?? (table.classes[l] ? l : undefined);
    if (name && table.classes[name]) return { name, machine: table.classes[name] };
  }
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(file: string, where: string, what: string): GateError {
  return new GateError(
    `runner-prices ${file}: ${where} ${what}`,
    'Write { "classes": { "<class>": { "usd_per_minute": 0.006, "cpu": 2 } }, "labels": { "<runs-on label>": "<class>" } } (see docs/gates/pipeline-run.md).'
  );
}

/** The default table with an override document merged over it. */
export function mergePrices(doc: unknown, file: string, base = DEFAULT_PRICES): PriceTable {
  if (!isObject(doc)) throw bad(file, '/', 'must be a JSON object');
  for (const k of Object.keys(doc))
    if (k !== 'classes' && k !== 'labels')
      throw bad(file, `/${k}`, 'is not a known key (classes, labels)');
  const classes = { ...base.classes };
  const labels = { ...base.labels };
  if (doc.classes !== undefined) {
    if (!isObject(doc.classes)) throw bad(file, '/classes', 'must be an object');
    for (const [name, c] of Object.entries(doc.classes)) {
      const at = `/classes/${name}`;
      if (!isObject(c)) throw bad(file, at, 'must be an object');
      for (const k of Object.keys(c))
        if (!['usd_per_minute', 'cpu', 'ram_gb', 'gpu'].includes(k))
          throw bad(file, `${at}/${k}`, 'is not a known key (usd_per_minute, cpu, ram_gb, gpu)');
      for (const k of ['usd_per_minute', 'cpu', 'ram_gb', 'gpu']) {
        const v = c[k];
        if (v === undefined && (k === 'ram_gb' || k === 'gpu')) continue;
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1e6)
          throw bad(file, `${at}/${k}`, 'must be a number ≥ 0');
      }
      classes[name] = c as unknown as MachineClass;
    }
  }
  if (doc.labels !== undefined) {
    if (!isObject(doc.labels)) throw bad(file, '/labels', 'must be an object');
    for (const [label, cls] of Object.entries(doc.labels)) {
      if (typeof cls !== 'string' || !classes[cls])
        throw bad(
          file,
          `/labels/${label}`,
          `names no class (${JSON.stringify(cls)}); known: ${Object.keys(classes).join(', ')}`
        );
      labels[label.toLowerCase()] = cls;
    }
  }
  return { classes, labels };
}

export function readPriceTable(file: string, shown = file): PriceTable {
  const text = readRegularTextFile(file, { maxBytes: 1024 * 1024, what: "input 'runner-prices'" });
  return mergePrices(parseStrictJson(text, `runner-prices ${shown}`), shown);
}

export interface JobCost {
  durationMs: number;
  machine?: MachineClass;
}

export interface RunCost {
  usd: number;
  cpu_seconds: number;
  gpu_seconds: number;
  billedMinutes: number;
}

/** Billed cost of the jobs that ran (a job without a class adds nothing). */
export function runCost(jobs: JobCost[]): RunCost {
  let usd = 0;
  let cpu = 0;
  let gpu = 0;
  let minutes = 0;
  for (const j of jobs) {
    if (!j.machine || j.durationMs <= 0) continue;
    const billed = Math.ceil(j.durationMs / 60_000);
    minutes += billed;
    usd += billed * j.machine.usd_per_minute;
    cpu += (j.durationMs / 1000) * j.machine.cpu;
    gpu += (j.durationMs / 1000) * (j.machine.gpu ?? 0);
  }
  return {
    usd: round(usd),
    cpu_seconds: round(cpu),
    gpu_seconds: round(gpu),
    billedMinutes: minutes
  };
}
