/**
 * Gate: sbom-vex — join scanner findings to the SBOM and the VEX statements, and block any
 * finding with risk ≥ max-risk or on CISA's KEV list unless an unexpired, justified VEX
 * `not_affected` for this product suppresses it. Offline; every document schema-validated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding, Verdict } from '../../core/result.js';
import { formatRfc3339, parseRfc3339 } from '../../drill/timestamp.js';
import {
  readDocument,
  readJsonDocument,
  VulnDocumentError,
  type LoadedDocument
} from '../../vuln/documents.js';
import {
  loadKevValidator,
  parseEpss,
  parseKev,
  type EpssFeed,
  type KevFeed
} from '../../vuln/feeds.js';
import { joinFindings } from '../../vuln/join.js';
import { parsePurl, PurlError, type Purl } from '../../vuln/purl.js';
import { loadReportValidators, parseReport, type Report } from '../../vuln/reports.js';
import { parseSbom, type Sbom } from '../../vuln/sbom.js';
import { indexStatements, type MatchContext } from '../../vuln/vex-match.js';
import { parseVex, type VexDocument, type VexStatement } from '../../vuln/vex.js';
import { preloadThirdParty, sbomSchemaOf, vexSchemaOf } from '../../vuln/schemas.js';
import { decide, type Decision, type Policy } from './decide.js';
import { R, RULES } from './rules.js';
import { loadSigner } from './signer.js';
import { isSigstoreBundle, openSignedVex } from '../../vuln/vex-signature.js';

export { RULES } from './rules.js';

const MiB = 1024 * 1024;
const LIMITS = {
  sbom: 256 * MiB,
  reports: 256 * MiB,
  vex: 64 * MiB,
  kev: 32 * MiB,
  epss: 128 * MiB
};

export interface SbomVexEvidence {
  now: string;
  policy: {
    maxRisk: number;
    maxVexAgeSeconds: number;
    maxFeedAgeSeconds: number;
    requireSbomMatch: boolean;
    vexSigner?: string;
  };
  sbom: {
    file: string;
    sha256: string;
    format: string;
    specVersion: string;
    components: number;
    subject: string[];
    subjectDigests: string[];
  };
  reports: { file: string; sha256: string; format: string; target?: string; findings: number }[];
  vex: {
    file: string;
    sha256: string;
    format: string;
    statements: number;
    signer?: string;
    trusted: boolean;
  }[];
  feeds: {
    kev:
      | { ran: false; reason: string }
      | {
          ran: true;
          file: string;
          sha256: string;
          catalogVersion: string;
          released: string;
          entries: number;
        };
    epss:
      | { ran: false; reason: string }
      | { ran: true; file: string; sha256: string; scoreDate: string; scores: number };
  };
  counts: {
    findings: number;
    blocked: number;
    suppressed: number;
    allowed: number;
    notInSbom: number;
  };
  decisionFile: string;
}

function shown(ctx: GateContext, abs: string): string {
  const rel = relative(ctx.workspace, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

function asGateError(err: unknown): never {
  if (err instanceof VulnDocumentError) throw new GateError(err.message, err.help, err.file);
  throw err;
}

function load<T>(
  input: string,
  given: string,
  ctx: GateContext,
  json: boolean,
  parse: (d: LoadedDocument) => T
): T {
  const abs = resolve(ctx.workspace, given);
  const limit = LIMITS[input as keyof typeof LIMITS];
  try {
    const doc = json
      ? readJsonDocument(input, abs, shown(ctx, abs), limit)
      : readDocument(input, abs, shown(ctx, abs), limit);
    return parse(doc);
  } catch (err) {
    return asGateError(err);
  }
}

function parseWith<T>(doc: LoadedDocument, parse: (d: LoadedDocument) => T): T {
  try {
    return parse(doc);
  } catch (err) {
    return asGateError(err);
  }
}

function nowOf(inputs: Inputs, ctx: GateContext): Date {
  const text = inputs.string('now')?.trim();
  if (!text) return ctx.now();
  const p = parseRfc3339(text);
  if (!p.ok) throw new InputError('now', p.reason);
  return p.date;
}

function sha256Pin(inputs: Inputs, name: string): string | undefined {
  const v = inputs
    .string(name)
    ?.trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!v) return undefined;
  if (!/^[0-9a-f]{64}$/.test(v))
    throw new InputError(name, 'must be a sha256 hex digest (64 hex digits)');
  return v;
}

function feedChecks(
  name: 'kev' | 'epss',
  feed: { file: string; sha256: string },
  date: Date,
  pin: string | undefined,
  now: Date,
  maxAgeMs: number,
  findings: Finding[]
): void {
  if (pin && pin !== feed.sha256)
    findings.push({
      rule: R.feedDigest,
      severity: 'error',
      message: `${name} snapshot ${feed.file} has sha256 ${feed.sha256}; ${name}-sha256 pins ${pin}`,
      file: feed.file
    });
  const age = now.getTime() - date.getTime();
  if (age > maxAgeMs)
    findings.push({
      rule: R.feedStale,
      severity: 'error',
      message: `${name} snapshot ${feed.file} is from ${formatRfc3339(date)}, ${Math.floor(age / 3600_000)} h old; max-feed-age allows ${Math.floor(maxAgeMs / 3600_000)} h`,
      file: feed.file
    });
  if (age < -5 * 60_000)
    findings.push({
      rule: R.feedStale,
      severity: 'error',
      message: `${name} snapshot ${feed.file} is dated ${formatRfc3339(date)}, after now (${formatRfc3339(now)})`,
      file: feed.file
    });
}

function findingOf(d: Decision): Finding {
  const comp = `${d.component.purl ?? `${d.component.name}@${d.component.version}`}`;
  const vex = d.vex
    ? ` [VEX ${d.vex.doc}#${d.vex.index}: ${d.vex.status}${d.vex.justification ? `/${d.vex.justification}` : ''}${d.vex.timestamp ? ` @ ${d.vex.timestamp}` : ''}]`
    : '';
  const msg = `${d.vulnerability}${d.aliases.length ? ` (${d.aliases.join(', ')})` : ''} in ${comp}: ${d.reason}${vex}`;
  return d.outcome === 'blocked'
    ? { rule: R.blocked, severity: 'error', message: msg, file: d.reports[0] }
    : { rule: R.suppressed, severity: 'note', message: msg, file: d.vex?.doc };
}

async function loadVex(
  files: string[],
  ctx: GateContext,
  inputs: Inputs,
  findings: Finding[]
): Promise<{ docs: VexDocument[]; untrusted: Set<string>; signer?: string }> {
  const signer = loadSigner(inputs, ctx);
  const docs: VexDocument[] = [];
  const untrusted = new Set<string>();
  for (const given of files) {
    const doc = load('vex', given, ctx, true, (d) => d);
    let parsed: VexDocument;
    let who: string | undefined;
    let trusted = !signer;
    if (isSigstoreBundle(doc.json)) {
      if (!signer)
        throw new GateError(
          `input 'vex': ${doc.file} is a Sigstore bundle; give vex-signer (the identity that must have signed it) to verify and read it`,
          'Set vex-signer (and vex-signer-issuer, trusted-root if not the public-good instance).',
          doc.file
        );
      const opened = openSignedVex(doc.json, signer);
      if (!opened.ok) {
        findings.push({
          rule: R.vexIgnored,
          severity: 'error',
          message: `VEX ${doc.file}: ${opened.reason}; none of its statements can suppress`,
          file: doc.file,
          help: 'Sign the VEX document with the required identity (vexctl attest / cosign attest-blob --type openvex).'
        });
        continue;
      }
      await preloadThirdParty(vexSchemaOf(opened.vex));
      try {
        parsed = parseVex({ ...doc, json: opened.vex });
      } catch (err) {
        return asGateError(err);
      }
      who = opened.signer;
      trusted = true;
    } else {
      await preloadThirdParty(vexSchemaOf(doc.json));
      try {
        parsed = parseVex(doc);
      } catch (err) {
        return asGateError(err);
      }
      if (signer) {
        findings.push({
          rule: R.vexIgnored,
          severity: 'error',
          message: `VEX ${doc.file} is not signed; vex-signer requires a Sigstore bundle signed by ${signer.identity}`,
          file: doc.file
        });
      }
    }
    parsed.signer = who;
    if (!trusted) untrusted.add(parsed.file);
    docs.push(parsed);
  }
  return { docs, untrusted, signer: signer?.identity };
}

export const sbomVex: Gate<SbomVexEvidence> = {
  name: 'sbom-vex',
  rules: RULES,
  async evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation<SbomVexEvidence>> {
    const now = nowOf(inputs, ctx);
    const maxRisk = inputs.number('max-risk');
    if (maxRisk === undefined || !(maxRisk >= 0 && maxRisk <= 10))
      throw new InputError('max-risk', 'must be a number from 0 to 10');
    const maxVexAgeMs = inputs.duration('max-vex-age') ?? 0;
    const maxFeedAgeMs = inputs.duration('max-feed-age') ?? 0;
    if (maxVexAgeMs <= 0)
      throw new InputError('max-vex-age', 'must be a positive duration such as 90d');
    if (maxFeedAgeMs <= 0)
      throw new InputError('max-feed-age', 'must be a positive duration such as 7d');
    const requireMatch = inputs.boolean('require-sbom-match');
    const products: Purl[] = [];
    for (const p of inputs.list('product')) {
      try {
        products.push(parsePurl(p));
      } catch (err) {
        if (err instanceof PurlError) throw new InputError('product', err.message);
        throw err;
      }
    }
    const findings: Finding[] = [];
    const sbomFile = inputs.requireString('sbom');
    const reportFiles = inputs.list('reports');
    if (reportFiles.length === 0)
      throw new InputError(
        'reports',
        'give at least one scanner report (grype, trivy or osv-scanner JSON): nothing to check'
      );
    // The schema's build-time validator is loaded (a bundle chunk) once the format is known.
    const sbomDoc = load('sbom', sbomFile, ctx, true, (d) => d);
    await preloadThirdParty(sbomSchemaOf(sbomDoc.json));
    const sbom: Sbom = parseWith(sbomDoc, parseSbom);
    for (const w of sbom.schemaWarnings)
      findings.push({
        rule: R.sbomLenient,
        severity: 'warning',
        message: `SBOM ${sbom.file}: ${w}`,
        file: sbom.file
      });
    for (const b of sbom.badPurls.slice(0, 20))
      findings.push({
        rule: R.badPurl,
        severity: 'warning',
        message: `SBOM purl ${b}`,
        file: sbom.file
      });
    if (reportFiles.length) await loadReportValidators();
    const reports: Report[] = reportFiles.map((f) => load('reports', f, ctx, true, parseReport));
    const vex = await loadVex(inputs.list('vex'), ctx, inputs, findings);
    const kevPin = sha256Pin(inputs, 'kev-sha256');
    const epssPin = sha256Pin(inputs, 'epss-sha256');
    const kevFile = inputs.string('kev')?.trim();
    const epssFile = inputs.string('epss')?.trim();
    if (kevFile) await loadKevValidator();
    const kev: KevFeed | undefined = kevFile
      ? load('kev', kevFile, ctx, true, parseKev)
      : undefined;
    const epss: EpssFeed | undefined = epssFile
      ? load('epss', epssFile, ctx, false, parseEpss)
      : undefined;
    if (kev) feedChecks('kev', kev, kev.released, kevPin, now, maxFeedAgeMs, findings);
    else
      findings.push({
        rule: R.feedMissing,
        severity: 'warning',
        message: 'kev not given: the known-exploited (CISA KEV) rule did not run'
      });
    if (epss) feedChecks('epss', epss, epss.scoreDate, epssPin, now, maxFeedAgeMs, findings);
    else
      findings.push({
        rule: R.feedMissing,
        severity: 'warning',
        message: 'epss not given: EPSS percentiles did not count towards risk'
      });

    // A report about another image: both name digests and they share none.
    for (const r of reports) {
      if (
        r.targetDigests.length &&
        sbom.subjectDigests.length &&
        !r.targetDigests.some((d) => sbom.subjectDigests.includes(d))
      )
        findings.push({
          rule: R.otherTarget,
          severity: 'error',
          message: `report ${r.file} scanned ${r.target ?? 'an image'} (${r.targetDigests.join(', ')}); the SBOM describes ${sbom.subjectDigests.join(', ')}`,
          file: r.file
        });
    }

    const joined = joinFindings(
      sbom,
      reports.flatMap((r) => r.findings)
    );
    const statements: VexStatement[] = vex.docs.flatMap((d) => d.statements);
    const idx = indexStatements(statements);
    const mctx: MatchContext = { sbom, products };
    const policy: Policy = { maxRisk, maxVexAgeMs, now, untrustedDocs: vex.untrusted };
    const decisions: Decision[] = [];
    let notInSbom = 0;
    for (const f of joined) {
      if (!f.sbomComponent) {
        notInSbom++;
        findings.push({
          rule: R.notInSbom,
          severity: requireMatch ? 'error' : 'warning',
          message: `${f.vulnerability} is reported for ${f.component.purl ?? `${f.component.name}@${f.component.version}`}, which the SBOM ${sbom.file} does not list`,
          file: f.reports[0]
        });
      }
      const d = decide(f, idx, mctx, { kev, epss }, policy);
      decisions.push(d);
      if (d.outcome !== 'allowed') findings.push(findingOf(d));
      if (d.conflict)
        findings.push({
          rule: R.vexConflict,
          severity: 'warning',
          message: `${d.vulnerability} in ${d.component.purl ?? d.component.name}: ${d.conflict.map((c) => `${c.doc}#${c.index} ${c.status}`).join(' vs ')} at ${d.conflict[0].timestamp}`,
          file: d.conflict[0].doc
        });
      else if (d.vexRejected && d.outcome === 'blocked' && d.vex)
        findings.push({
          rule: R.vexIgnored,
          severity: 'warning',
          message: `${d.vex.doc}#${d.vex.index} (${d.vulnerability}): ${d.vexRejected}`,
          file: d.vex.doc
        });
    }
    const counts = {
      findings: decisions.length,
      blocked: decisions.filter((d) => d.outcome === 'blocked').length,
      suppressed: decisions.filter((d) => d.outcome === 'suppressed').length,
      allowed: decisions.filter((d) => d.outcome === 'allowed').length,
      notInSbom
    };
    const nothing = sbom.components.length === 0;
    if (nothing)
      findings.push({
        rule: R.nothing,
        severity: 'error',
        message: `the SBOM ${sbom.file} lists no components: nothing to check`
      });

    const decisionFile = resolve(
      ctx.workspace,
      inputs.string('decision-file')?.trim() || resolve(ctx.tempDir, 'sbom-vex-decision.json')
    );
    const evidence: SbomVexEvidence = {
      now: formatRfc3339(now),
      policy: {
        maxRisk,
        maxVexAgeSeconds: maxVexAgeMs / 1000,
        maxFeedAgeSeconds: maxFeedAgeMs / 1000,
        requireSbomMatch: requireMatch,
        vexSigner: vex.signer
      },
      sbom: {
        file: sbom.file,
        sha256: sbom.sha256,
        format: sbom.format,
        specVersion: sbom.specVersion,
        components: sbom.components.length,
        subject: sbom.subject.map((s) => s.purlText ?? s.name),
        subjectDigests: sbom.subjectDigests
      },
      reports: reports.map((r) => ({
        file: r.file,
        sha256: r.sha256,
        format: r.format,
        target: r.target,
        findings: r.findings.length
      })),
      vex: vex.docs.map((d) => ({
        file: d.file,
        sha256: d.sha256,
        format: d.format,
        statements: d.statements.length,
        signer: d.signer,
        trusted: !vex.untrusted.has(d.file)
      })),
      feeds: {
        kev: kev
          ? {
              ran: true,
              file: kev.file,
              sha256: kev.sha256,
              catalogVersion: kev.catalogVersion,
              released: formatRfc3339(kev.released),
              entries: kev.entries.size
            }
          : { ran: false, reason: 'kev not given' },
        epss: epss
          ? {
              ran: true,
              file: epss.file,
              sha256: epss.sha256,
              scoreDate: formatRfc3339(epss.scoreDate),
              scores: epss.scores.size
            }
          : { ran: false, reason: 'epss not given' }
      },
      counts,
      decisionFile: shown(ctx, decisionFile)
    };
    const hasError = findings.some((f) => f.severity === 'error' && f.rule !== R.blocked);
    const verdict: Verdict = nothing || hasError ? 'error' : counts.blocked ? 'fail' : 'pass';
    mkdirSync(dirname(decisionFile), { recursive: true });
    writeFileSync(
      decisionFile,
      JSON.stringify(
        { schema: 'ci-intel.sbom-vex-decision.v1', verdict, ...evidence, decisions },
        null,
        2
      ) + '\n'
    );
    const firstError =
      findings.find((f) => f.rule === R.nothing) ??
      findings.find(
        (f) => f.severity === 'error' && (verdict !== 'error' || f.rule !== R.blocked)
      ) ??
      findings.find((f) => f.severity === 'error');
    const summary =
      verdict === 'pass'
        ? `${counts.findings} finding(s) against ${sbom.components.length} SBOM components: none blocks (${counts.suppressed} suppressed by VEX, ${counts.allowed} below risk ${maxRisk})`
        : verdict === 'fail'
          ? `${counts.blocked} finding(s) block the release (risk ≥ ${maxRisk} or KEV, no valid VEX): ${firstError?.message ?? ''}`
          : `cannot decide: ${firstError?.message ?? 'see findings'}`;
    return {
      verdict,
      summary,
      findings,
      evidence,
      outputs: {
        'decision-file': decisionFile,
        blocked: String(counts.blocked),
        suppressed: String(counts.suppressed),
        findings: String(counts.findings)
      }
    };
  }
};
