/**
 * `node:crypto` on demand. Loading it costs about as much as a quarter of Node's own start
 * (its internal modules are not in the startup snapshot), so code that needs it only on some
 * runs — SARIF fingerprints, signing, a digest of a file — asks for it here, at the point of
 * use, instead of importing it at the top of a module every run evaluates. A static
 * `import … from 'node:crypto'` in a module the bundle's entry reaches loads it at every start.
 */
import { createRequire } from 'node:module';

type NodeCrypto = typeof import('node:crypto');

let loaded: NodeCrypto | undefined;

/** The `node:crypto` module, loaded on the first call. */
export function nodeCrypto(): NodeCrypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as NodeCrypto;
  return loaded;
}

/**
 * Hand `node:crypto` over from a module that imports it statically anyway (so it is loaded at
 * start): code that otherwise does without it, such as ./sha256.ts, then uses it.
 */
export function provideNodeCrypto(mod: NodeCrypto): void {
  loaded ??= mod;
}

/** The `node:crypto` module if it was loaded (by nodeCrypto or provideNodeCrypto), else undefined. */
export function nodeCryptoIfLoaded(): NodeCrypto | undefined {
  return loaded;
}
