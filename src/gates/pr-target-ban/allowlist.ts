/** The pull_request_target allowlist: reading, schema validation, expiry and justification. */
import { GateError } from '../../core/errors.js';
import type { Finding } from '../../core/result.js';
import { describeSchemaErrors, loadSchemaValidators, schemaValidator } from '../../core/schemas.js';
import { isCalendarDate, isExpired } from '../../workflows/expiry.js';
import { parseYaml, type Pos } from '../../workflows/yaml-doc.js';

export interface AllowEntry {
  workflow: string;
  justification: string;
  expires: string;
  approvedBy: string;
  pos: Pos;
  expiresPos: Pos;
  justificationPos: Pos;
  /** Justified, approved and not expired. */
  valid: boolean;
}

export interface Allowlist {
  file: string;
  entries: AllowEntry[];
  /** Problems with individual entries (they fail the gate, they do not make it undecidable). */
  findings: Finding[];
}

const PLACEHOLDER = /^(todo|tbd|n\/?a|none|-+|\.+|x+|fixme|because|needed|required)$/i;
const MIN_JUSTIFICATION = 15;

export { isExpired } from '../../workflows/expiry.js';

/** Load the validator of schema/pr-target-allowlist.v1.json (in a bundle, its chunk); await it before `parseAllowlist`. */
export function loadAllowlistValidator(): Promise<void> {
  return loadSchemaValidators('pr-target-allowlist.v1.json');
}

export function parseAllowlist(file: string, text: string, now: Date): Allowlist {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) {
    throw new GateError(
      `allowlist ${file}: ${parsed.problem.message}`,
      'Fix the YAML of the allowlist file.',
      file,
      parsed.problem.line,
      parsed.problem.column
    );
  }
  const y = parsed.yaml;
  const data = y.doc.toJS({ maxAliasCount: 100 }) as unknown;
  const entriesNodes = y.seq(y.get(y.doc.contents, 'allow')?.value) ?? [];
  const validate = schemaValidator('pr-target-allowlist.v1.json');
  const findings: Finding[] = [];
  if (!validate(data)) {
    const soft = new Set(['justification', 'expires', 'approved-by']);
    const hard = (validate.errors ?? []).filter(
      (e) =>
        !(
          (e.keyword === 'required' && soft.has(String(e.params.missingProperty))) ||
          /^\/allow\/\d+\/(justification|expires|approved-by)$/.test(e.instancePath)
        )
    );
    if (hard.length) {
      throw new GateError(
        `allowlist ${file} does not match schema/pr-target-allowlist.v1.json: ${describeSchemaErrors(hard).join('; ')}`,
        'Each entry needs workflow, justification, expires (YYYY-MM-DD) and approved-by.',
        file
      );
    }
  }
  const entries: AllowEntry[] = [];
  const list = (data as { allow?: Record<string, unknown>[] }).allow ?? [];
  list.forEach((raw, i) => {
    const node = entriesNodes[i];
    const pos = y.pos(y.resolve(node) ?? node);
    const posOf = (k: string) => {
      const e = y.get(node, k);
      return e ? y.pos(e.keyNode) : pos;
    };
    const entry: AllowEntry = {
      workflow: String(raw.workflow ?? '').replace(/^\.\//, ''),
      justification: typeof raw.justification === 'string' ? raw.justification.trim() : '',
      expires: typeof raw.expires === 'string' ? raw.expires : '',
      approvedBy: typeof raw['approved-by'] === 'string' ? raw['approved-by'].trim() : '',
      pos,
      expiresPos: posOf('expires'),
      justificationPos: posOf('justification'),
      valid: false
    };
    const problemsBefore = findings.length;
    entries.push(entry);
    const where = { file, line: pos.line, column: pos.column };
    if (entry.justification.length < MIN_JUSTIFICATION || PLACEHOLDER.test(entry.justification)) {
      findings.push({
        rule: 'pr-target/allowlist-unjustified',
        severity: 'error',
        message: `the exception for ${entry.workflow} has no real justification (${entry.justification ? `'${entry.justification}'` : 'none given'})`,
        help: `Say why the workflow needs pull_request_target and why it is safe (at least ${MIN_JUSTIFICATION} characters).`,
        file,
        line: entry.justificationPos.line,
        column: entry.justificationPos.column
      });
    }
    if (!isCalendarDate(entry.expires)) {
      findings.push({
        rule: 'pr-target/allowlist-expired',
        severity: 'error',
        message: `the exception for ${entry.workflow} has no valid expiry date (${entry.expires ? `'${entry.expires}' is not a real calendar date` : 'none given'})`,
        help: 'Add expires: YYYY-MM-DD; exceptions are reviewed when they expire.',
        ...where
      });
    } else if (isExpired(entry.expires, now)) {
      findings.push({
        rule: 'pr-target/allowlist-expired',
        severity: 'error',
        message: `the exception for ${entry.workflow} expired on ${entry.expires}`,
        help: 'Review the exception: renew it with a new expires date (with CODEOWNERS approval) or remove the trigger.',
        file,
        line: entry.expiresPos.line,
        column: entry.expiresPos.column
      });
    }
    if (!entry.approvedBy) {
      findings.push({
        rule: 'pr-target/allowlist-unjustified',
        severity: 'error',
        message: `the exception for ${entry.workflow} names no approver`,
        help: 'Add approved-by: the team or person who approved it (e.g. @acme/security).',
        ...where
      });
    }
    entry.valid = findings.length === problemsBefore;
  });
  return { file, entries, findings };
}
