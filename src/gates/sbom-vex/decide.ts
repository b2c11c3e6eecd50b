/**
 * The decision for one joined finding: its risk (the highest CVSS v3 base score any source
 * gives, or EPSS percentile × 10 when higher; a severity word only ever raises it), KEV listing,
 * the winning VEX statement, and whether that statement suppresses it.
 */
import type { EpssFeed, KevFeed } from '../../vuln/feeds.js';
import type { JoinedFinding } from '../../vuln/join.js';
import { selectStatement, type MatchContext } from '../../vuln/vex-match.js';
import type { VexStatement } from '../../vuln/vex.js';

export interface Policy {
  maxRisk: number;
  maxVexAgeMs: number;
  now: Date;
  /** Documents whose signature was required and did not verify: their statements never suppress. */
  untrustedDocs: Set<string>;
}

export interface StatementRef {
  doc: string;
  index: number;
  vulnerability: string;
  status: string;
  justification?: string;
  impact?: string;
  timestamp?: string;
  expires?: string;
}

export interface Decision {
  vulnerability: string;
  aliases: string[];
  component: { name: string; version: string; purl?: string; sbomRef?: string };
  risk?: number;
  riskSource?: string;
  cvss?: number;
  epssPercentile?: number;
  kev: boolean;
  outcome: 'blocked' | 'suppressed' | 'allowed';
  reason: string;
  vex?: StatementRef;
  /** Why the applicable VEX statement did not suppress (when it did not). */
  vexRejected?: string;
  conflict?: StatementRef[];
  reports: string[];
}

const SEVERITY_FLOOR: Record<string, number> = {
  critical: 9,
  high: 7,
  important: 7,
  moderate: 4,
  medium: 4,
  low: 0.1
};

function refOf(s: VexStatement): StatementRef {
  return {
    doc: s.doc,
    index: s.index,
    vulnerability: s.vulnerability,
    status: s.statusWord,
    justification: s.justification,
    impact: s.impact,
    timestamp: s.timestamp?.toISOString(),
    expires: s.expires?.toISOString()
  };
}

/** When a statement stops counting: the earlier of its own expiry and timestamp + max-vex-age. */
export function expiryOf(s: VexStatement, maxVexAgeMs: number): Date | undefined {
  const byAge =
    s.timestamp && maxVexAgeMs > 0 ? new Date(s.timestamp.getTime() + maxVexAgeMs) : undefined;
  if (s.expires && byAge) return s.expires < byAge ? s.expires : byAge;
  return s.expires ?? byAge;
}

function whyNotSuppressing(s: VexStatement, p: Policy): string | undefined {
  if (s.status !== 'not_affected') return `its status is ${s.statusWord}`;
  if (p.untrustedDocs.has(s.doc))
    return 'its document has no valid signature from the required signer';
  if (s.problems.length) return s.problems.join('; ');
  if (!s.justification && !s.impact)
    return 'not_affected without a justification or impact statement';
  if (!s.timestamp) return 'it has no timestamp, so its age cannot be judged';
  if (s.timestamp.getTime() > p.now.getTime() + 5 * 60_000)
    return `its timestamp ${s.timestamp.toISOString()} lies in the future`;
  const exp = expiryOf(s, p.maxVexAgeMs);
  if (!exp) return 'it has no TTL (no ci-intel:expires and no max-vex-age)';
  if (exp.getTime() <= p.now.getTime()) return `it expired at ${exp.toISOString()}`;
  return undefined;
}

export function decide(
  f: JoinedFinding,
  idx: Map<string, VexStatement[]>,
  ctx: MatchContext,
  feeds: { kev?: KevFeed; epss?: EpssFeed },
  p: Policy
): Decision {
  let cvss: number | undefined;
  let cvssSource: string | undefined;
  for (const c of f.cvss)
    if (cvss === undefined || c.score > cvss) [cvss, cvssSource] = [c.score, c.source];
  let epss: number | undefined;
  let epssId: string | undefined;
  let kev = false;
  for (const id of f.ids) {
    const e = feeds.epss?.scores.get(id);
    if (e && (epss === undefined || e.percentile > epss)) [epss, epssId] = [e.percentile, id];
    if (feeds.kev?.entries.has(id)) kev = true;
  }
  let risk = cvss;
  let riskSource = cvssSource && `CVSS v3 ${cvss} (${cvssSource})`;
  if (epss !== undefined && (risk === undefined || epss * 10 > risk)) {
    risk = Math.round(epss * 100) / 10;
    riskSource = `EPSS percentile ${epss} of ${epssId} × 10`;
  }
  for (const s of f.severities) {
    const floor = SEVERITY_FLOOR[s.word.toLowerCase()];
    if (floor !== undefined && (risk === undefined || floor > risk)) {
      risk = floor;
      riskSource = `severity '${s.word}' (${s.source}) with no higher score`;
    }
  }
  const sel = selectStatement(f, idx, ctx);
  const d: Decision = {
    vulnerability: f.vulnerability,
    aliases: f.ids.filter((i) => i !== f.vulnerability),
    component: {
      name: f.component.name,
      version: f.component.version,
      purl: f.sbomComponent?.purlText ?? f.component.purl,
      sbomRef: f.sbomComponent?.ref
    },
    risk,
    riskSource,
    cvss,
    epssPercentile: epss,
    kev,
    outcome: 'allowed',
    reason: '',
    reports: f.reports
  };
  const threats: string[] = [];
  if (risk === undefined) threats.push('no score from any source (unscored findings block)');
  else if (risk >= p.maxRisk) threats.push(`risk ${risk} ≥ ${p.maxRisk} from ${riskSource}`);
  if (kev) threats.push(`listed in CISA KEV ${feeds.kev!.catalogVersion}`);
  if (sel.winner) d.vex = refOf(sel.winner);
  if (sel.conflict.length) d.conflict = sel.conflict.map(refOf);
  const rejected = sel.winner
    ? sel.conflict.length
      ? 'statements with the same time disagree'
      : whyNotSuppressing(sel.winner, p)
    : undefined;
  if (sel.winner && rejected) d.vexRejected = rejected;
  if (threats.length === 0) {
    d.reason = `risk ${risk} < ${p.maxRisk}${riskSource ? ` (${riskSource})` : ''}, not in KEV${feeds.kev ? '' : ' (KEV not checked)'}`;
    return d;
  }
  if (sel.winner && !rejected) {
    d.outcome = 'suppressed';
    d.reason = `${threats.join('; ')}; suppressed by VEX not_affected (${sel.winner.justification ?? 'impact statement'}) until ${expiryOf(sel.winner, p.maxVexAgeMs)!.toISOString()}`;
    return d;
  }
  d.outcome = 'blocked';
  d.reason =
    threats.join('; ') +
    (sel.winner
      ? `; the VEX statement does not suppress: ${rejected}`
      : '; no VEX statement for this vulnerability and product');
  return d;
}
