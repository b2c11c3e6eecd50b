/** SARIF 2.1.0 for github/codeql-action/upload-sarif. */
import { nodeCrypto } from '../lazy-crypto.js';
import type { Finding, GateResult, RuleInfo, Severity } from '../result.js';
import { jsonPieces } from './json-pieces.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note'
};

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: unknown[];
}

/** The log around its results, and one result: the parts `toSarif` and `sarifPieces` share. */
function sarifParts(
  result: GateResult,
  rules: RuleInfo[],
  toolVersion: string
): { log: (results: unknown) => SarifLog; result: (f: Finding) => unknown } {
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const f of result.findings) {
    if (!known.has(f.rule)) {
      known.set(f.rule, {
        id: f.rule,
        title: f.rule,
        help: f.help ?? f.message,
        severity: f.severity
      });
    }
  }
  const ruleList = [...known.values()];
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const log = (results: unknown): SarifLog => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: `ci-intel ${result.gate}`,
            informationUri: 'https://github.com/ci-intel/hub',
            semanticVersion: toolVersion,
            rules: ruleList.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) =>
                (c ?? '').toUpperCase()
              ),
              shortDescription: { text: r.title },
              fullDescription: { text: r.help },
              help: { text: r.help, markdown: r.help },
              defaultConfiguration: { level: LEVEL[r.severity] }
            }))
          }
        },
        results
      }
    ]
  });
  const one = (f: Finding): unknown => {
    const fingerprint = nodeCrypto()
      .createHash('sha256')
      .update(`${f.rule}\0${f.file ?? ''}\0${f.message}`)
      .digest('hex');
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.help ? `${f.message} Fix: ${f.help}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 }
          }
        }
      ],
      partialFingerprints: { 'ciIntelFinding/v1': fingerprint }
    };
  };
  return { log, result: one };
}

export function toSarif(result: GateResult, rules: RuleInfo[], toolVersion: string): SarifLog {
  const parts = sarifParts(result, rules, toolVersion);
  return parts.log(result.findings.map(parts.result));
}

/**
 * `JSON.stringify(toSarif(…), null, 2) + '\n'` in pieces (./json-pieces.ts): each result is
 * made as its piece is written, never all of them at once.
 */
export function sarifPieces(
  result: GateResult,
  rules: RuleInfo[],
  toolVersion: string
): Iterable<string> {
  const parts = sarifParts(result, rules, toolVersion);
  const findings = result.findings;
  return jsonPieces(parts.log, findings.length, (i) => parts.result(findings[i]!));
}
