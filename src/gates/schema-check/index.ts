/**
 * Gate: schema-check — every line of the NDJSON files given is a pipeline_run record valid
 * against the schema version it names; each line that is not is one finding (line, JSON pointer,
 * rule). Optionally, whether a schema change (compare-from → compare-to) is compatible for
 * readers. Nothing to check (no file, no record) is an error, never a pass.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GateError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { FileReadError } from '../../core/read-file.js';
import type { Evaluation, Finding, Verdict } from '../../core/result.js';
import { forEachJsonDocument, forEachNdjsonLine } from '../../telemetry/ndjson.js';
import { PIPELINE_RUN_VERSIONS } from '../../telemetry/record-schema.js';
import { displayPath, expandFiles, loadGlobsFor } from '../../workflows/files.js';
import { checkLine } from './check-line.js';
import { checkCompat, type CompatEvidence } from './compat-input.js';
import { helpOf, R, RULES } from './rules.js';

export { RULES } from './rules.js';

const GLOB_CHARS = /[*?[\]{}]/;

export interface FileEvidence {
  file: string;
  bytes: number;
  sha256: string;
  records: number;
  invalid: number;
}

export interface InvalidLine {
  file: string;
  line: number;
  pointer: string;
  rule: string;
  violations: { pointer: string; rule: string; schemaPath: string }[];
}

export interface SchemaCheckEvidence {
  patterns: string[];
  files: FileEvidence[];
  records: number;
  valid: number;
  invalid: number;
  /** Valid records by the version they name. */
  versions: Record<string, number>;
  /** The invalid lines reported as findings (at most max-findings). */
  invalidLines: InvalidLine[];
  limits: { maxFileBytes: number; maxLineBytes: number; maxRecords: number; maxFindings: number };
  compat?: CompatEvidence;
}

function limitsOf(inputs: Inputs): SchemaCheckEvidence['limits'] {
  return {
    maxFileBytes: inputs.number('max-file-bytes')!,
    maxLineBytes: inputs.number('max-line-bytes')!,
    maxRecords: inputs.number('max-records')!,
    maxFindings: inputs.number('max-findings')!
  };
}

function matchedFiles(patterns: string[], ctx: GateContext): string[] {
  const { files, unmatched } = expandFiles(ctx.workspace, patterns, ['.ndjson', '.jsonl']);
  const named = unmatched.filter((p) => !GLOB_CHARS.test(p));
  if (named.length) {
    const missing = named.filter((p) => !existsSync(resolve(ctx.workspace, p)));
    throw new GateError(
      missing.length
        ? `input 'files': ${missing.join(', ')} not found in the workspace ${ctx.workspace}`
        : `input 'files': the folder ${named.join(', ')} holds no *.ndjson or *.jsonl file`,
      'Give NDJSON files, folders (their *.ndjson and *.jsonl files) or globs relative to the workspace.'
    );
  }
  if (files.length === 0)
    throw new GateError(
      `input 'files': nothing matched ${patterns.join(', ')} in the workspace ${ctx.workspace}: nothing to check`,
      'Check the globs (relative to the workspace), and that the step that writes the records ran first.'
    );
  return files;
}

function checkFiles(
  files: string[],
  limits: SchemaCheckEvidence['limits'],
  ctx: GateContext,
  evidence: SchemaCheckEvidence,
  findings: Finding[]
): void {
  let truncated = 0;
  for (const abs of files) {
    const file = displayPath(ctx.workspace, abs);
    const fe: FileEvidence = { file, bytes: 0, sha256: '', records: 0, invalid: 0 };
    let info;
    try {
      // A .json file is one record (a pretty-printed fixture); anything else is NDJSON.
      const read = abs.endsWith('.json') ? forEachJsonDocument : forEachNdjsonLine;
      info = read(
        abs,
        {
          maxFileBytes: limits.maxFileBytes,
          maxLineBytes: limits.maxLineBytes,
          what: `input 'files'`
        },
        (line) => {
          if (++evidence.records > limits.maxRecords)
            throw new GateError(
              `more than ${limits.maxRecords} records in the files given (max-records); stopped at ${file}:${line.line}`,
              'Check fewer files at once, or raise max-records.',
              file,
              line.line
            );
          fe.records++;
          const v = checkLine(line, `${file}:${line.line}`, limits.maxLineBytes);
          if (v.ok) {
            evidence.valid++;
            evidence.versions[v.version] = (evidence.versions[v.version] ?? 0) + 1;
            return;
          }
          evidence.invalid++;
          fe.invalid++;
          if (evidence.invalidLines.length >= limits.maxFindings) {
            truncated++;
            return;
          }
          evidence.invalidLines.push({
            file,
            line: line.line,
            pointer: v.pointer,
            rule: v.rule,
            violations: v.violations.map(({ pointer, rule, schemaPath }) => ({
              pointer,
              rule,
              schemaPath
            }))
          });
          findings.push({
            rule: v.rule,
            severity: 'error',
            message: v.violations.length || !v.pointer ? v.message : `${v.pointer}: ${v.message}`,
            help: helpOf(v.rule),
            file,
            line: line.line
          });
        }
      );
    } catch (err) {
      if (err instanceof FileReadError)
        throw new GateError(err.message.split(abs).join(file), err.help, file);
      throw err;
    }
    fe.bytes = info.bytes;
    fe.sha256 = info.sha256;
    evidence.files.push(fe);
    if (info.lines === 0)
      findings.push({
        rule: R.emptyFile,
        severity: 'error',
        message: `${file} holds no records`,
        help: helpOf(R.emptyFile),
        file
      });
  }
  if (truncated)
    findings.push({
      rule: R.truncated,
      severity: 'error',
      message: `${truncated} more invalid lines not listed (max-findings is ${limits.maxFindings})`,
      help: helpOf(R.truncated)
    });
}

export const schemaCheck: Gate<SchemaCheckEvidence> = {
  name: 'schema-check',
  rules: RULES,
  async evaluate(inputs, ctx): Promise<Evaluation<SchemaCheckEvidence>> {
    const patterns = inputs.list('files');
    const limits = limitsOf(inputs);
    const findings: Finding[] = [];
    const evidence: SchemaCheckEvidence = {
      patterns,
      files: [],
      records: 0,
      valid: 0,
      invalid: 0,
      versions: {},
      invalidLines: [],
      limits
    };
    const compat = checkCompat(
      inputs.string('compare-from')?.trim() || undefined,
      inputs.string('compare-to')?.trim() || undefined,
      ctx,
      findings
    );
    if (compat) evidence.compat = compat;
    if (patterns.length === 0 && !compat)
      throw new GateError(
        "nothing to check: give 'files' (NDJSON records) and/or 'compare-from' with 'compare-to' (two schema versions)",
        'files: globs of NDJSON files, e.g. telemetry/**/*.ndjson; compare-from/compare-to: schema files or shipped versions (pipeline_run.v1.1).'
      );
    if (patterns.length) {
      await loadGlobsFor(ctx.workspace, patterns); // minimatch only for a glob beyond the simple form
      checkFiles(matchedFiles(patterns, ctx), limits, ctx, evidence, findings);
      if (evidence.records === 0)
        throw new GateError(
          `the files matched by ${patterns.join(', ')} hold no records: nothing to check`,
          'Check that the step that writes the records ran and wrote them; an empty file is never a pass.'
        );
    }
    const failing = findings.filter((f) => f.severity === 'error');
    const verdict: Verdict = failing.length ? 'fail' : 'pass';
    const parts: string[] = [];
    if (patterns.length) {
      const by = PIPELINE_RUN_VERSIONS.filter((v) => evidence.versions[v])
        .map((v) => `${evidence.versions[v]} ${v}`)
        .join(', ');
      parts.push(
        `${evidence.records} records in ${evidence.files.length} file${evidence.files.length === 1 ? '' : 's'}: ${evidence.invalid} invalid${by ? `; valid: ${by}` : ''}`
      );
    }
    if (compat) {
      const breaking = compat.changes.filter((c) => c.breaking).length;
      parts.push(
        `${compat.from} → ${compat.to}: ${compat.compatible ? 'compatible for readers' : `${breaking} breaking change${breaking === 1 ? '' : 's'}`}`
      );
    }
    return {
      verdict,
      summary: parts.join('; '),
      findings,
      evidence,
      outputs: {
        records: String(evidence.records),
        'invalid-records': String(evidence.invalid),
        'files-checked': String(evidence.files.length),
        compatible: compat ? String(compat.compatible) : '',
        'breaking-changes': compat ? String(compat.changes.filter((c) => c.breaking).length) : ''
      }
    };
  }
};
