/** Throw-away repository folders for gate tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GateContext } from '../../src/core/gate.js';

export function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ci-intel-repo-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

export function testContext(
  workspace: string,
  now = new Date('2026-11-23T12:00:00Z')
): GateContext {
  return {
    workspace,
    tempDir: join(workspace, '.ci-intel-tmp'),
    env: {},
    now: () => now,
    log: () => undefined,
    secret: () => undefined
  };
}
