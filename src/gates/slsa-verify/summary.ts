/** The job-summary table: one row per provenance, what the certificate proves and the verdict on it. */
import type { GateResult } from '../../core/result.js';
import type { SlsaEvidence } from './index.js';

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function provenanceTable(result: GateResult): string | undefined {
  const ev = result.evidence as unknown as Partial<SlsaEvidence>;
  if (!ev.provenances?.length) return undefined;
  const rows = ev.provenances.map(
    (p) =>
      `| ${cell(p.origin)} | ${p.accepted ? 'accepted' : 'rejected'} | ${cell(p.certificate?.sourceRepositoryURI)} | ${cell(p.certificate?.sourceRepositoryRef)} | ${cell(p.certificate?.san)} | ${cell(p.crypto.tlog.map((t) => t.logIndex).join(', '))} |`
  );
  return [
    '| provenance | policy | source repository | ref | signer | Rekor log index |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Trust root: ${cell(ev.trustedRoots?.map((t) => t.source).join(', '))}`
  ].join('\n');
}
