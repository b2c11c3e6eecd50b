// Build: tsc into lib/, then one ncc bundle per gate (dist/<gate>/) and one for the CLI (dist/cli/).
// `node scripts/build.mjs [gate …]` rebuilds only the named bundles.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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
const bundles = [...gates.map((g) => [g, `lib/actions/${g}.js`]), ['cli', 'lib/cli/index.js']];
for (const g of gates) {
  if (existsSync(join(root, 'lib', 'actions', `${g}-post.js`)))
    bundles.push([`${g}-post`, `lib/actions/${g}-post.js`]);
}
for (const [name, entry] of bundles) {
  if (only.length && !only.includes(name)) continue;
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
