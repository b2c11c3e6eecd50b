/**
 * What a bundle run loads: a module-load hook for the bundle's Node (`NODE_OPTIONS=--import=…`)
 * that logs every file the ESM loader loads (ncc's chunks are loaded with `import()`), and the
 * lib/ modules those bundle files carry (ncc names each concatenated module in a comment); at
 * exit it also logs Node's own internal modules the process loaded (`internal:stream`, …:
 * process.moduleLoadList, which names what Node loaded for itself, e.g. for process.stdout).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'module-loads-'));
const hook = join(dir, 'log-loads.mjs');
writeFileSync(
  hook,
  [
    "import { appendFileSync } from 'node:fs';",
    "import { registerHooks } from 'node:module';",
    'registerHooks({',
    '  load(url, context, next) {',
    "    appendFileSync(process.env.LOAD_LOG, url + '\\n');",
    '    return next(url, context);',
    '  }',
    '});',
    // Node's own record of what it loaded, internal modules included (what the load hook does not
    // see: a builtin loaded by Node itself, such as `net` for process.stdout on a pipe).
    "process.on('exit', () => appendFileSync(process.env.LOAD_LOG, process.moduleLoadList.map((m) => 'internal:' + m + '\\n').join('')));",
    ''
  ].join('\n')
);
let n = 0;

/** The environment that makes a run log its loads, and a reader of what it loaded. */
export function moduleLoadLog(): {
  env: Record<string, string>;
  loaded: (bundle: string) => Set<string>;
  /** Node's internal load list at exit (`NativeModule net`, `Internal Binding report`, …). */
  internal: () => Set<string>;
  /**
   * The public built-ins the process loaded (`node:zlib`, …), from Node's internal load list,
   * so however they were taken: the load hook sees those required or imported, not those looked
   * up with `process.getBuiltinModule` (how the bundles take them, scripts/builtin-lookups.mjs).
   */
  builtins: () => Set<string>;
} {
  const log = join(dir, `loads-${++n}.txt`);
  writeFileSync(log, '');
  return {
    env: { NODE_OPTIONS: `--import=${hook}`, LOAD_LOG: log },
    loaded: (bundle) => {
      const out = new Set<string>();
      for (const url of readFileSync(log, 'utf8').split('\n')) {
        if (!url.startsWith('file:') || !url.includes(`/dist/${bundle}/`)) continue;
        const text = readFileSync(fileURLToPath(url), 'utf8');
        for (const m of text.matchAll(/^;\/\/ CONCATENATED MODULE: \.\/(lib\/\S+\.js)$/gm))
          out.add(m[1]);
      }
      return out;
    },
    internal: () => internalLoads(log),
    builtins: () =>
      new Set(
        [...internalLoads(log)]
          .filter((m) => m.startsWith('NativeModule ') && !m.startsWith('NativeModule internal/'))
          .map((m) => `node:${m.slice('NativeModule '.length)}`)
      )
  };
}

function internalLoads(log: string): Set<string> {
  return new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('internal:'))
      .map((l) => l.slice('internal:'.length))
  );
}
