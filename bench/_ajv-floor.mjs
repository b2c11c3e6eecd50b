// The floor for bench/schema-check.mjs: a bare compiled ajv validator (draft 2020-12 + formats,
// the v1.2 schema compiled at start) looping over the same NDJSON lines with node:readline and
// JSON.parse: no duplicate-key check, no per-version dispatch, no findings, no result.
// `node bench/_ajv-floor.mjs <schema.json> <file.ndjson>` prints `valid invalid`.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const [schemaFile, file] = process.argv.slice(2);
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }));
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let valid = 0;
let invalid = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (validate(JSON.parse(line))) valid++;
  else invalid++;
}
console.log(`${valid} ${invalid}`);
