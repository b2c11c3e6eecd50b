/**
 * Loads the yaml library's parser before a test runs (imported for its effect). The gates load
 * it on demand (`withYamlLibrary` in src/workflows/yaml-doc.ts); tests that call parseYaml,
 * parseWorkflow or a policy reader directly, on texts the fast reader leaves to the library,
 * import this first.
 */
import { loadYamlLibrary } from '../../src/workflows/yaml-doc.js';

await loadYamlLibrary();
