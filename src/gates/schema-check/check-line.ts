/** One NDJSON line against the pipeline_run schema version it names. */
import { JsonDocumentError } from '../../core/strict-json.js';
import { parseRecordLine } from '../../telemetry/record-json.js';
import type { NdjsonLine } from '../../telemetry/ndjson.js';
import {
  isKnownVersion,
  PIPELINE_RUN_VERSIONS,
  pipelineRunViolations,
  type PipelineRunVersion,
  type RecordViolation
} from '../../telemetry/record-schema.js';
import { keywordRule, R } from './rules.js';

export type LineVerdict =
  | { ok: true; version: PipelineRunVersion }
  | {
      ok: false;
      /** The finding's rule (the first violation's, when there are several). */
      rule: string;
      message: string;
      /** Where in the record; '' for the whole line. */
      pointer: string;
      violations: RecordViolation[];
      version?: PipelineRunVersion;
    };

const MAX_SHOWN = 5;

function quote(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** `/jobs/0/status: must be one of "success", … [enum]` */
function describe(v: RecordViolation): string {
  const text =
    v.rule === 'required'
      ? 'missing required field'
      : v.rule === 'additionalProperties'
        ? 'field not declared by the schema'
        : v.message.slice(v.message.indexOf(': ') + 2);
  return `${v.pointer || '(root)'}: ${text} [${v.rule}]`;
}

/** The verdict on one line; `source` names the line in parse messages (`file:line`). */
export function checkLine(line: NdjsonLine, source: string, maxLineBytes: number): LineVerdict {
  const bad = (rule: string, message: string, pointer = ''): LineVerdict => ({
    ok: false,
    rule,
    message,
    pointer,
    violations: []
  });
  if ('problem' in line) {
    return line.problem === 'too-long'
      ? bad(R.lineTooLong, `line is ${line.bytes} bytes; max-line-bytes is ${maxLineBytes}`)
      : bad(R.invalidJson, 'line is not UTF-8 text');
  }
  if (line.text.trim() === '')
    return bad(R.blankLine, 'blank line (NDJSON has a record on every line)');
  let record: unknown;
  try {
    record = parseRecordLine(line.text, source);
  } catch (err) {
    if (err instanceof JsonDocumentError) {
      const msg = err.message.startsWith(`${source}`)
        ? err.message.slice(source.length).replace(/^[:\s]+/, '')
        : err.message;
      return err.pointer !== undefined
        ? bad(R.duplicateKey, msg, err.pointer)
        : bad(R.invalidJson, msg);
    }
    throw err;
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return bad(
      R.notAnObject,
      `the line is ${Array.isArray(record) ? 'an array' : `${quote(record)}`}, not a JSON object`
    );
  }
  const named = (record as { schema?: unknown }).schema;
  if (named === undefined)
    return bad(R.missingSchema, 'the record has no "schema" field naming its version', '/schema');
  if (!isKnownVersion(named)) {
    return bad(
      R.unknownSchema,
      `the record names schema ${quote(named)}; known: ${PIPELINE_RUN_VERSIONS.join(', ')}`,
      '/schema'
    );
  }
  const violations = pipelineRunViolations(record, named);
  if (violations.length === 0) return { ok: true, version: named };
  const first = violations[0];
  const shown = violations.slice(0, MAX_SHOWN).map(describe).join('; ');
  const more = violations.length > MAX_SHOWN ? `; and ${violations.length - MAX_SHOWN} more` : '';
  return {
    ok: false,
    rule: keywordRule(first.rule),
    message: `${shown}${more} (${named})`,
    pointer: first.pointer,
    violations,
    version: named
  };
}
