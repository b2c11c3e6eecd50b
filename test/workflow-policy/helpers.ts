/** Temp workspaces with real files, and the gate run through the real fail-closed runner. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GateResult } from '../../src/core/result.js';
import { runGate } from '../../src/core/run-gate.js';
import { workflowPolicy } from '../../src/gates/workflow-policy/index.js';
import { expectValidResult } from '../helpers/result-schema.js';

export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wp-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    const full = join(root, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

export const NOW = new Date('2026-11-23T12:00:00Z');

export async function check(
  files: Record<string, string>,
  raw: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<GateResult> {
  const root = workspace(files);
  return checkIn(root, raw, env);
}

export async function checkIn(
  root: string,
  raw: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<GateResult> {
  const result = await runGate(workflowPolicy, raw, {
    workspace: root,
    tempDir: tmpdir(),
    env,
    now: () => NOW,
    log: () => undefined,
    secret: () => undefined
  });
  expectValidResult(result);
  return result;
}

/** Findings of one rule (`pinned-uses` → `workflow-policy/pinned-uses`). */
export function of(result: GateResult, rule: string): GateResult['findings'] {
  return result.findings.filter((f) => f.rule === `workflow-policy/${rule}`);
}

export const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';
export const SHA2 = '11bd71901bbe5b1630ceea73d27597364c9af683';

/** A workflow that satisfies every default rule (SHA-pinned, least privilege, concurrency). */
export const GOOD = `name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
concurrency:
  group: \${{ github.workflow }}-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.1.1
        with:
          persist-credentials: false
      - uses: actions/setup-node@${SHA2} # v4.4.0
        with:
          node-version: 24
      - run: npm ci && npm test
      - uses: actions/upload-artifact@${SHA2} # v4.6.2
        with:
          name: coverage
          path: coverage/
  release:
    needs: test
    if: github.ref == 'refs/heads/main'
    permissions:
      contents: write
      id-token: write
    uses: ./.github/workflows/release.yml
`;

/** Wraps job steps into a minimal otherwise-compliant workflow. */
export function wf(steps: string, extra = '', on = 'workflow_dispatch'): string {
  return `on: ${on}
permissions: {}
${extra}jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${steps}`;
}
