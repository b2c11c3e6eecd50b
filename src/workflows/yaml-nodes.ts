/**
 * The yaml library's node classes and type guards, without its parser. `import … from 'yaml'`
 * loads the whole library (its CommonJS index requires the lexer, parser and composer too); the
 * fast reader (./yaml-fast.ts) and everything that walks parsed documents need only the nodes,
 * so they import them from here, from the library's own files, and the parser loads on demand
 * (./yaml-library.ts, through `loadYamlLibrary` in ./yaml-doc.ts) for the few texts the fast
 * reader leaves to it. The package's `exports` map names only its index, hence the relative
 * paths; they are the very modules the index re-exports (one class, one `instanceof`).
 */
export { Alias } from '../../node_modules/yaml/dist/nodes/Alias.js';
export { visit } from '../../node_modules/yaml/dist/visit.js';
export { Document } from '../../node_modules/yaml/dist/doc/Document.js';
export { Pair } from '../../node_modules/yaml/dist/nodes/Pair.js';
export { Scalar } from '../../node_modules/yaml/dist/nodes/Scalar.js';
export { YAMLMap } from '../../node_modules/yaml/dist/nodes/YAMLMap.js';
export { YAMLSeq } from '../../node_modules/yaml/dist/nodes/YAMLSeq.js';
export {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  MAP,
  NODE_TYPE,
  PAIR,
  SCALAR,
  SEQ
} from '../../node_modules/yaml/dist/nodes/identity.js';
