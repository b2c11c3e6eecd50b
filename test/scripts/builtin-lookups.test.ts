/**
 * scripts/builtin-lookups.mjs, which the build runs over every bundle file: ncc's
 * `createRequire(import.meta.url)(id)` for a Node built-in becomes `process.getBuiltinModule(id)`,
 * with the original call kept for a Node without it. The rewritten module gets the very same
 * built-ins (run in a child Node, with and without `process.getBuiltinModule`), and every shipped
 * bundle file has no built-in required any other way.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/run-action.js';

const MODULE = pathToFileURL(join(REPO_ROOT, 'scripts', 'builtin-lookups.mjs')).href;
const CALL = '__WEBPACK_EXTERNAL_createRequire(import.meta.url)';

/** What ncc emits for three built-ins, each module checked against `import`. */
const NCC_OUTPUT = `import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as fsEsm from "node:fs";
import * as zlibEsm from "node:zlib";
import * as pathEsm from "node:path";
const fs = ${CALL}("node:fs");
const zlib = ${CALL}("zlib");
const path = ${CALL}("node:path");
console.log(JSON.stringify([fs.readFileSync === fsEsm.readFileSync, zlib.gzipSync === zlibEsm.gzipSync, path.join === pathEsm.join]));
`;

async function rewrite(text: string): Promise<{ text: string; count: number }> {
  const { builtinLookups } = (await import(MODULE)) as {
    builtinLookups(text: string): { text: string; count: number };
  };
  return builtinLookups(text);
}

function run(text: string, preload = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'builtin-lookups-'));
  const file = join(dir, 'bundle.mjs');
  writeFileSync(file, preload + text);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('built-ins looked up instead of required (scripts/builtin-lookups.mjs)', () => {
  it('rewrites each call and the module gets the same built-ins', async () => {
    const { text, count } = await rewrite(NCC_OUTPUT);
    expect(count).toBe(3);
    expect(text).toContain('(process.getBuiltinModule?.("node:fs") ?? ');
    expect(text.split(CALL).length - 1).toBe(3);
    expect(run(NCC_OUTPUT)).toBe('[true,true,true]');
    expect(run(text)).toBe('[true,true,true]');
  });

  it('falls back to the original call on a Node without process.getBuiltinModule', async () => {
    const { text } = await rewrite(NCC_OUTPUT);
    // Imports are hoisted: the rewritten calls run after this line, as on Node 20.15.
    const preload = 'process.getBuiltinModule = undefined;\n';
    expect(run(text, preload)).toBe('[true,true,true]');
    expect(run(`${preload}console.log(typeof process.getBuiltinModule);`)).toBe('undefined');
  });

  it('leaves other text alone', async () => {
    const other = `const x = require("node:fs");\nconst y = ${CALL}(name);\n`;
    expect(await rewrite(other)).toEqual({ text: other, count: 0 });
  });

  it('leaves no shipped bundle requiring a built-in through createRequire', () => {
    const dist = join(REPO_ROOT, 'dist');
    let files = 0;
    let lookups = 0;
    for (const bundle of readdirSync(dist)) {
      for (const f of readdirSync(join(dist, bundle)).filter((f) => f.endsWith('.js'))) {
        const text = readFileSync(join(dist, bundle, f), 'utf8');
        files++;
        for (let at = text.indexOf(CALL); at !== -1; at = text.indexOf(CALL, at + 1)) {
          expect(text.slice(Math.max(0, at - 4), at)).toBe(' ?? ');
          lookups++;
        }
      }
    }
    expect(files).toBeGreaterThan(17);
    expect(lookups).toBeGreaterThan(17);
  });
});
