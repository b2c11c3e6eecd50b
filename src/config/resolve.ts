/**
 * The effective configuration of one gate: for every input, the value of the highest layer that
 * sets it (step `with:` / CLI flag → repository config → organisation overlay → action.yml
 * default), with where it came from; the organisation's locked keys and bounds enforced on every
 * layer below it; and a digest of the whole, for the evidence.
 */
import type { ActionSpec, InputSpec } from '../core/action-spec.js';
import { parseDuration } from '../core/duration.js';
import { sha256Hex } from '../core/sha256.js';
import { positionOf, type ConfigDocument } from './positions.js';
import { ConfigError } from './errors.js';
import type { ConfigLayers } from './layers.js';
import { STRUCTURED_SECTIONS } from './schema.js';

export type OriginKind = 'default' | 'org' | 'repo' | 'with';

export interface Origin {
  kind: OriginKind;
  /** `default`, `org acme/policy@<sha>:ci.yml:12`, `.ci-intel/config.yml:4`, `with:` / `--flag`. */
  label: string;
  file?: string;
  line?: number;
}

export interface EffectiveValue {
  value: unknown;
  origin: Origin;
}

export interface EffectiveConfig {
  gate: string;
  /** Raw input strings for parseInputs (every input a layer sets). */
  raw: Record<string, string>;
  /** Every input and structured key with its value and origin (secrets: value hidden). */
  values: Record<string, EffectiveValue>;
  /** Structured sections (e.g. pr-target-ban `allow`) for the gate. */
  settings: Record<string, EffectiveValue>;
  evidence: ConfigEvidence;
}

export interface ConfigEvidence {
  /** sha256 of the canonical JSON of the effective inputs and settings. */
  digest: string;
  files: string[];
  overlay?: string;
}

/** What the caller says about the values it hands in. */
export interface GivenInputs {
  values: Record<string, string | undefined>;
  /** How these values are named to people: `with:` (a step) or `--flag` (the CLI). */
  label: 'with:' | 'flag';
}

function toRaw(input: InputSpec | undefined, value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('\n');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  void input;
  return String(value);
}

function section(
  doc: ConfigDocument | undefined,
  gate: string
): Record<string, unknown> | undefined {
  const s = doc?.value[gate];
  return typeof s === 'object' && s !== null ? (s as Record<string, unknown>) : undefined;
}

function origin(kind: OriginKind, doc: ConfigDocument, gate: string, key: string): Origin {
  const pos = positionOf(doc, `/${gate}/${key}`);
  return { kind, label: `${doc.label}:${pos.line}`, file: doc.file, line: pos.line };
}

const MODE_STRICTNESS: Record<string, number> = { audit: 0, enforce: 1 };

function comparable(input: InputSpec | undefined, key: string, raw: string): number | undefined {
  if (key === 'mode') return MODE_STRICTNESS[raw.trim()];
  if (input?.type === 'duration') return parseDuration(raw);
  if (input?.type === 'number') {
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

interface Policy {
  locked: Set<string>;
  bounds: Record<
    string,
    { 'at-least'?: string | number; 'at-most'?: string | number; 'approver-from'?: string[] }
  >;
}

function policyOf(org: ConfigDocument | undefined): Policy {
  const p = (org?.value.policy ?? {}) as { locked?: string[]; bounds?: Policy['bounds'] };
  return { locked: new Set(p.locked ?? []), bounds: p.bounds ?? {} };
}

export function resolveGateConfig(
  spec: ActionSpec,
  layers: ConfigLayers,
  given: GivenInputs
): EffectiveConfig {
  const gate = spec.gate;
  const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
  const org = section(layers.org, gate);
  const repo = section(layers.repo, gate);
  const policy = policyOf(layers.org);
  const values: Record<string, EffectiveValue> = {};
  const settings: Record<string, EffectiveValue> = {};
  const givenLabel = (k: string): string => (given.label === 'flag' ? `--${k}` : 'with:');

  const structured = new Set(Object.keys(STRUCTURED_SECTIONS[gate] ?? {}));
  const keys = new Set<string>([...inputs.keys(), ...structured]);
  for (const key of keys) {
    const input = inputs.get(key);
    // Candidates from the lowest layer to the highest.
    const chain: EffectiveValue[] = [];
    if (input?.default !== undefined)
      chain.push({ value: input.default, origin: { kind: 'default', label: 'default' } });
    if (org && org[key] !== undefined)
      chain.push({ value: org[key], origin: origin('org', layers.org!, gate, key) });
    if (repo && repo[key] !== undefined)
      chain.push({ value: repo[key], origin: origin('repo', layers.repo!, gate, key) });
    const g = given.values[key];
    if (g !== undefined && g !== '')
      chain.push({ value: g, origin: { kind: 'with', label: givenLabel(key) } });
    if (chain.length === 0) continue;
    const top = chain[chain.length - 1];
    const id = `${gate}.${key}`;
    const orgEntry = chain.find((c) => c.origin.kind === 'org');

    if (policy.locked.has(id)) {
      const base = orgEntry ?? chain.find((c) => c.origin.kind === 'default');
      for (const c of chain) {
        if (c.origin.kind !== 'repo' && c.origin.kind !== 'with') continue;
        if (!base || canonical(toRaw(input, c.value)) !== canonical(toRaw(input, base.value))) {
          throw new ConfigError(
            `${id} is locked by ${layers.org!.label} at ${base ? JSON.stringify(toRaw(input, base.value)) : 'its default'}; ${c.origin.label} sets it to ${JSON.stringify(toRaw(input, c.value))}`,
            c.origin.file,
            `Remove ${key} from ${c.origin.kind === 'with' ? "the step's with: (or the CLI flag)" : c.origin.label.replace(/:\d+$/, '')}; the organisation owns this setting.`,
            c.origin.line
          );
        }
      }
    }
    const bound = policy.bounds[id];
    if (bound) {
      const loosens = (
        c: EffectiveValue,
        limit: string | number,
        dir: 'at-least' | 'at-most'
      ): boolean => {
        const v = comparable(input, key, toRaw(input, c.value));
        const l = comparable(input, key, String(limit));
        if (v === undefined || l === undefined) return true;
        return dir === 'at-least' ? v < l : v > l;
      };
      for (const dir of ['at-least', 'at-most'] as const) {
        const limit = bound[dir];
        if (limit === undefined) continue;
        if (comparable(input, key, String(limit)) === undefined) {
          throw new ConfigError(
            `${layers.org!.label}: policy.bounds.${id}.${dir} ${JSON.stringify(limit)} is not a value ${key} can be compared with`,
            layers.org!.file
          );
        }
        // Every layer below the organisation that sets the key, and the value that takes effect.
        for (const c of [
          ...chain.filter((c) => c.origin.kind === 'repo' || c.origin.kind === 'with'),
          top
        ]) {
          if (loosens(c, limit, dir)) {
            throw new ConfigError(
              `${id} must be ${dir.replace('-', ' ')} ${String(limit)} (${layers.org!.label}); ${c.origin.label} gives ${JSON.stringify(toRaw(input, c.value))}`,
              c.origin.file,
              c.origin.kind === 'default'
                ? `The hub's default loosens the organisation's bound: set ${key} in the overlay or in .ci-intel/config.yml.`
                : `Set ${key} to a value ${dir.replace('-', ' ')} ${String(limit)}, or remove it.`,
              c.origin.line
            );
          }
        }
      }
      const teams = bound['approver-from'];
      if (teams) {
        const entries = Array.isArray(top.value) ? (top.value as Record<string, unknown>[]) : [];
        entries.forEach((e, i) => {
          const by = String(e?.['approved-by'] ?? '');
          if (!teams.includes(by)) {
            throw new ConfigError(
              `${id}[${i}] (${String(e?.workflow ?? '?')}) is approved by ${JSON.stringify(by)}; ${layers.org!.label} requires one of ${teams.join(', ')} (${top.origin.label})`,
              top.origin.file,
              `Have a member of ${teams.join(' or ')} approve the exception and name the team in approved-by.`,
              top.origin.line
            );
          }
        });
      }
    }
    const entry = { value: input?.type === 'secret' ? '***' : top.value, origin: top.origin };
    if (structured.has(key)) settings[key] = entry;
    else values[key] = entry;
  }

  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v.origin.kind === 'default') continue;
    raw[k] = v.origin.kind === 'with' ? String(given.values[k]) : toRaw(inputs.get(k), v.value);
  }
  const files = [layers.repo?.label, layers.org?.label].filter((f): f is string => !!f);
  const digestOf = canonical({
    gate,
    inputs: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])),
    settings: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v.value]))
  });
  const evidence: ConfigEvidence = {
    digest: `sha256:${sha256Hex(digestOf)}`,
    files
  };
  if (layers.org) evidence.overlay = layers.org.ref.text;
  return { gate, raw, values, settings, evidence };
}
