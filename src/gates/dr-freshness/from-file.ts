/** Drill facts from an evidence JSON file in the workspace. */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { GateError, errorMessage } from '../../core/errors.js';
import {
  factsOf,
  MAX_EVIDENCE_BYTES,
  parseEvidence,
  readFileBounded
} from '../../drill/evidence.js';
import { SOURCE_RULES } from './rules.js';
import type { SourceOutcome } from './source.js';

export function displayPath(workspace: string, file: string): string {
  const rel = relative(workspace, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function fromEvidenceFile(workspace: string, given: string): SourceOutcome {
  const file = resolve(workspace, given);
  const shown = displayPath(workspace, file);
  if (!existsSync(file)) {
    throw new GateError(
      `input 'evidence': no file ${shown} (looked in ${workspace})`,
      "Point 'evidence' at the drill evidence JSON, relative to the workspace (or use workflow + artifact-name)."
    );
  }
  if (!statSync(file).isFile()) {
    throw new GateError(
      `input 'evidence': ${shown} is not a regular file`,
      "Point 'evidence' at the drill evidence JSON file."
    );
  }
  let text: string;
  try {
    text = readFileBounded(file, MAX_EVIDENCE_BYTES);
  } catch (err) {
    throw new GateError(
      `input 'evidence': ${errorMessage(err).replace(file, shown)}`,
      'Drill evidence is a small JSON document (schema/dr-freshness-evidence.v1.json).'
    );
  }
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
