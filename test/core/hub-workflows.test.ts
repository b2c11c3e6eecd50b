/**
 * Every action.yml is a node24 action whose bundle exists and declares the shared interface.
 * How the hub's workflows use the gates is checked in test/workflows-contract/.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import { REPO_ROOT } from '../helpers/run-action.js';

const gates = readdirSync(join(REPO_ROOT, 'actions')).filter((g) =>
  existsSync(join(REPO_ROOT, 'actions', g, 'action.yml'))
);

describe('action.yml files', () => {
  it.each(gates)(
    '%s runs on node24 from its committed bundle and declares mode, verdict, result-file',
    (gate) => {
      const spec = loadActionSpec(gate, REPO_ROOT);
      expect(spec.using).toBe('node24');
      expect(existsSync(resolve(REPO_ROOT, 'actions', gate, spec.main))).toBe(true);
      if (spec.post) expect(existsSync(resolve(REPO_ROOT, 'actions', gate, spec.post))).toBe(true);
      const mode = spec.inputs.find((i) => i.name === 'mode');
      expect(mode).toMatchObject({
        type: 'choice',
        options: ['enforce', 'audit'],
        default: 'enforce'
      });
      expect(spec.outputs.map((o) => o.name)).toEqual(
        expect.arrayContaining(['verdict', 'result-file'])
      );
      for (const i of spec.inputs) expect(i.description.length).toBeGreaterThan(10);
    }
  );
});
