// Build: tsc into lib/, then one ncc bundle per gate (dist/<gate>/) and one for the CLI (dist/cli/).
// `node scripts/build.mjs [gate …]` rebuilds only the named bundles.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { asciiOnly } from './ascii-only.mjs';
import { builtinLookups } from './builtin-lookups.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const only = process.argv.slice(2);
rmSync(join(root, 'lib'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

const gates = readdirSync(join(root, 'actions')).filter(
  (g) =>
    existsSync(join(root, 'actions', g, 'action.yml')) &&
    existsSync(join(root, 'lib', 'actions', `${g}.js`))
);
const bundles = [...gates.map((g) => [g, `lib/actions/${g}.js`, g]), ['cli', 'lib/cli/index.js']];
for (const g of gates) {
  if (existsSync(join(root, 'lib', 'actions', `${g}-post.js`)))
    bundles.push([`${g}-post`, `lib/actions/${g}-post.js`, g]);
}

// What is compiled into each bundle instead of being parsed or compiled at every start
// (src/core/build-registry.ts): the gate's action spec, parsed and validated here from
// actions/<gate>/action.yml, and ajv standalone validators for the schema/*.json files the
// bundle's code names. The bundle's entry is a generated module that registers them, then
// imports the action's own entry.
const { parseActionSpec } = await import(join(root, 'lib', 'core', 'action-spec.js'));
const requireDev = createRequire(join(root, 'package.json'));

/** Every lib/ module an entry reaches through relative static or dynamic imports. */
function reachable(entry) {
  const seen = new Set();
  const todo = [resolve(root, entry)];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.js)'/g))
      todo.push(resolve(dirname(file), m[1]));
  }
  return [...seen];
}

const schemaNames = readdirSync(join(root, 'schema')).filter(
  (f) => f.endsWith('.json') && f !== 'config.v1.json'
);
/** The schemas named as string literals in the modules (of `files`) that call schemaValidator. */
function schemasUsed(files) {
  const used = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!/\bschemaValidator\(/.test(text) || file.endsWith(join('core', 'schemas.js'))) continue;
    for (const n of schemaNames) if (text.includes(`'${n}'`)) used.add(n);
  }
  return [...used].sort();
}

function standaloneValidator(name) {
  const { default: Ajv } = requireDev('ajv');
  const { default: standalone } = requireDev('ajv/dist/standalone');
  const addFormats = requireDev('ajv-formats');
  // The same options as src/core/schemas.ts compiles with at run time.
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, code: { source: true } }));
  const schema = JSON.parse(readFileSync(join(root, 'schema', name), 'utf8'));
  return standalone(ajv, ajv.compile(schema));
}

/** Write lib/build/<bundle>/entry.js (and what it registers); returns its path from root. */
function buildEntry(name, entry, gate) {
  const dir = join(root, 'lib', 'build', name);
  mkdirSync(dir, { recursive: true });
  const rel = (f) => './' + relative(dir, join(root, f)).split('\\').join('/');
  const lines = [`import * as registry from ${JSON.stringify(rel('lib/core/build-registry.js'))};`];
  // Bundled, this is the bundle's index.js: the file a worker thread of the bundle loads.
  lines.push('registry.registerBundleEntry(import.meta.url);');
  // A gate's bundle carries its own spec; the CLI, which runs every gate, carries them all.
  for (const g of gate ? [gate] : name === 'cli' ? gates : []) {
    const yml = readFileSync(join(root, 'actions', g, 'action.yml'), 'utf8');
    // As JSON text, parsed on first use: a string literal costs next to nothing to load.
    const spec = JSON.stringify(parseActionSpec(g, yml));
    lines.push(`registry.registerActionSpec(${JSON.stringify(g)}, ${JSON.stringify(spec)});`);
  }
  // Each validator is a chunk of its own, loaded with import() when the code about to validate
  // asks for it (loadSchemaValidators in src/core/schemas.ts): a run that validates nothing
  // never reads it (the CLI carries every gate's validators).
  const schemas = schemasUsed(reachable(entry));
  schemas.forEach((n, i) => writeFileSync(join(dir, `schema-${i}.cjs`), standaloneValidator(n)));
  lines.push(
    `registry.registerSchemaValidators({${schemas.map((n, i) => `${JSON.stringify(n)}: () => import('./schema-${i}.cjs').then((m) => m.default)`).join(', ')}});`
  );
  writeFileSync(join(dir, 'register.js'), lines.join('\n') + '\n');
  const head = readFileSync(join(root, entry), 'utf8').startsWith('#!')
    ? '#!/usr/bin/env node\n'
    : '';
  writeFileSync(
    join(dir, 'entry.js'),
    `${head}import './register.js';\nimport ${JSON.stringify(rel(entry))};\n`
  );
  return relative(root, join(dir, 'entry.js'));
}

for (const [name, actionEntry, gate] of bundles) {
  if (only.length && !only.includes(name)) continue;
  const entry = buildEntry(name, actionEntry, gate);
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  run(bin('ncc'), [
    'build',
    entry,
    '-o',
    `dist/${name}`,
    '--quiet',
    '--license',
    'licenses.txt',
    '--target',
    'es2023'
  ]);
  // ASCII only (scripts/ascii-only.mjs): Node then decodes and V8 parses each file as one byte a
  // character. `node --check` makes sure every rewritten file still parses.
  // Built-ins looked up, not required (scripts/builtin-lookups.mjs).
  for (const f of readdirSync(out).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(out, f), 'utf8');
    const ascii = asciiOnly(`dist/${name}/${f}`, builtinLookups(text).text);
    if (ascii === text) continue;
    writeFileSync(join(out, f), ascii);
    execFileSync(process.execPath, ['--check', join(out, f)], { cwd: root, stdio: 'inherit' });
  }
  // Native BLAKE3: src/hashing/blake3.ts loads the binary from next to the bundle (ncc cannot
  // ship it: the package's own loader needs __dirname, which ESM output lacks).
  const blake = 'node_modules/@napi-rs/blake-hash-linux-x64-gnu/blake.linux-x64-gnu.node';
  const usesBlake = readdirSync(out).some(
    (f) =>
      f.endsWith('.js') && readFileSync(join(out, f), 'utf8').includes('blake.linux-x64-gnu.node')
  );
  if (usesBlake && existsSync(join(root, blake)))
    copyFileSync(join(root, blake), join(out, 'blake.linux-x64-gnu.node'));
}
