/** Drill facts from an evidence JSON file in the workspace. */
import { isAbsolute, relative, resolve } from 'node:path';
import { readRegularTextFile } from '../../core/read-file.js';
import { factsOf, MAX_EVIDENCE_BYTES, parseEvidence } from '../../drill/evidence.js';
import { SOURCE_RULES } from './rules.js';
import type { SourceOutcome } from './source.js';

export function displayPath(workspace: string, file: string): string {
  const rel = relative(workspace, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function fromEvidenceFile(workspace: string, given: string): SourceOutcome {
  const file = resolve(workspace, given);
  const shown = displayPath(workspace, file);
  // A missing file, a FIFO, a device, a directory or an oversized file is a FileReadError the
  // gate runner reports as an error naming the input.
  const text = readRegularTextFile(file, {
    maxBytes: MAX_EVIDENCE_BYTES,
    what: "input 'evidence':"
  });
  const source = { kind: 'file' as const, path: shown, bytes: Buffer.byteLength(text) };
  const parsed = parseEvidence(text, shown);
  if (!parsed.ok) {
    return {
      source,
      findings: parsed.problems.map((p) => ({
        rule: SOURCE_RULES.evidenceInvalid,
        severity: 'error' as const,
        message: `evidence: ${p}`,
        help: 'Make the evidence match schema/dr-freshness-evidence.v1.json (drill.last_success_rfc3339, drill.type, drill.rpo_s, drill.rto_s, drill.result).'
      }))
    };
  }
  return { source, facts: factsOf(parsed.evidence), findings: [] };
}
