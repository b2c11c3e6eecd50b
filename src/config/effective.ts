/** The effective configuration of every gate (or one), for `ci-intel config` and `doctor`. */
import type { ActionSpec } from '../core/action-spec.js';
import { loadLayers, type ConfigLayers, type LoadOptions } from './layers.js';
import { resolveGateConfig, type EffectiveConfig, type GivenInputs } from './resolve.js';

export interface EffectiveAll {
  layers: ConfigLayers;
  gates: EffectiveConfig[];
}

export async function effectiveConfigs(
  specs: ActionSpec[],
  options: LoadOptions,
  given: GivenInputs = { values: {}, label: 'flag' }
): Promise<EffectiveAll> {
  const layers = await loadLayers(options);
  return { layers, gates: specs.map((s) => resolveGateConfig(s, layers, given)) };
}

function show(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return value.join(', ') || '(empty)';
    return `${value.length} entr${value.length === 1 ? 'y' : 'ies'}`;
  }
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  const s = String(value);
  return s === '' ? "''" : s.replace(/\s*\n\s*/g, ', ');
}

/** `git config --show-origin`-style text: one line per key, origin first. */
export function effectiveText(all: EffectiveAll): string {
  const lines: string[] = [];
  const files = [all.layers.repo?.label, all.layers.org?.label].filter(Boolean);
  lines.push(`configuration: ${files.length ? files.join(' → ') : 'none (hub defaults only)'}`);
  for (const g of all.gates) {
    lines.push('', `${g.gate}  (${g.evidence.digest})`);
    const entries = [...Object.entries(g.values), ...Object.entries(g.settings)];
    const width = Math.max(...entries.map(([, v]) => v.origin.label.length), 7);
    for (const [key, v] of entries)
      lines.push(`  ${v.origin.label.padEnd(width)}  ${key} = ${show(v.value)}`);
  }
  return lines.join('\n') + '\n';
}

export function effectiveJson(all: EffectiveAll): unknown {
  return {
    schema: 'ci-intel.effective-config.v1',
    files: [all.layers.repo?.label, all.layers.org?.label].filter(Boolean),
    overlay: all.layers.org?.ref.text ?? null,
    gates: Object.fromEntries(
      all.gates.map((g) => [
        g.gate,
        {
          digest: g.evidence.digest,
          values: Object.fromEntries(
            [...Object.entries(g.values), ...Object.entries(g.settings)].map(([k, v]) => [
              k,
              { value: v.value, origin: v.origin.label, kind: v.origin.kind }
            ])
          )
        }
      ])
    )
  };
}
