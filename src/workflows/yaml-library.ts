/**
 * The parts of the yaml library that hold its parser, loaded on demand (a chunk of its own in
 * the bundles) through `yamlLibrary` / `loadYamlLibrary` in ./yaml-doc.ts: the fallback for
 * texts the fast reader gives up on, and `stringify` for settings turned back into YAML.
 */
export { LineCounter, parseAllDocuments, stringify } from 'yaml';
