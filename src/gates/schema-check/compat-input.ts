/** schema-check's compare-from / compare-to: two schema versions and whether readers survive the change. */
import { join, resolve } from 'node:path';
import { hubRoot } from '../../core/action-spec.js';
import { GateError, InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import { FileReadError, readRegularTextFile } from '../../core/read-file.js';
import type { Finding } from '../../core/result.js';
import { JsonDocumentError, parseStrictJson } from '../../core/strict-json.js';
import { compareSchemas, type CompatReport } from '../../telemetry/schema-compat.js';
import { isKnownVersion, schemaFileFor } from '../../telemetry/record-schema.js';
import { displayPath } from '../../workflows/files.js';
import { helpOf, R } from './rules.js';

const MAX_SCHEMA_BYTES = 8 * 1024 * 1024;

export interface CompatEvidence extends CompatReport {
  from: string;
  to: string;
}

/** A schema named by a compare input: a file in the workspace, or a version the hub ships. */
function loadSchema(
  input: string,
  given: string,
  ctx: GateContext
): { shown: string; schema: object } {
  const shipped = isKnownVersion(given);
  const file = shipped
    ? join(hubRoot(), 'schema', schemaFileFor(given))
    : resolve(ctx.workspace, given);
  const shown = shipped ? `${given} (shipped)` : displayPath(ctx.workspace, file);
  let doc: unknown;
  try {
    doc = parseStrictJson(
      readRegularTextFile(file, { maxBytes: MAX_SCHEMA_BYTES, what: `input '${input}'` }),
      `input '${input}' (${shown})`
    );
  } catch (err) {
    if (err instanceof FileReadError)
      throw new GateError(
        err.message,
        `${err.help} Or name a shipped version (pipeline_run.v1.1, pipeline_run.v1.2).`,
        shown
      );
    if (err instanceof JsonDocumentError)
      throw new GateError(
        err.message,
        'Give a JSON Schema document (strict JSON, no duplicate keys).',
        shown,
        err.line
      );
    throw err;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new GateError(
      `input '${input}' (${shown}) is not a JSON Schema object`,
      'Give a JSON Schema document.',
      shown
    );
  return { shown, schema: doc };
}

/** Compare the two schemas; breaking changes are error findings, compatible ones notes. */
export function checkCompat(
  fromGiven: string | undefined,
  toGiven: string | undefined,
  ctx: GateContext,
  findings: Finding[]
): CompatEvidence | undefined {
  if (!fromGiven && !toGiven) return undefined;
  if (!fromGiven) throw new InputError('compare-from', 'is required when compare-to is given');
  if (!toGiven) throw new InputError('compare-to', 'is required when compare-from is given');
  const from = loadSchema('compare-from', fromGiven, ctx);
  const to = loadSchema('compare-to', toGiven, ctx);
  const report = compareSchemas(from.schema, to.schema);
  const file = isKnownVersion(toGiven) ? undefined : to.shown;
  for (const c of report.changes) {
    findings.push({
      rule: c.breaking ? R.breaking : R.compatible,
      severity: c.breaking ? 'error' : 'note',
      message: `${from.shown} → ${to.shown}: ${c.at || '(root)'}: ${c.message} [${c.kind}]`,
      help: helpOf(c.breaking ? R.breaking : R.compatible),
      file
    });
  }
  return { from: from.shown, to: to.shown, ...report };
}
