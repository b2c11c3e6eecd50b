/** Rule metadata of sbom-vex (SARIF and help). */
import type { RuleInfo } from '../../core/result.js';

export const R = {
  blocked: 'sbom-vex/blocked',
  suppressed: 'sbom-vex/suppressed',
  notInSbom: 'sbom-vex/not-in-sbom',
  otherTarget: 'sbom-vex/report-for-other-target',
  vexIgnored: 'sbom-vex/vex-not-usable',
  vexConflict: 'sbom-vex/vex-conflict',
  feedStale: 'sbom-vex/feed-stale',
  feedDigest: 'sbom-vex/feed-digest',
  feedMissing: 'sbom-vex/feed-not-given',
  nothing: 'sbom-vex/nothing-to-check',
  badPurl: 'sbom-vex/bad-purl',
  sbomLenient: 'sbom-vex/sbom-schema-deviation'
} as const;

export const RULES: RuleInfo[] = [
  {
    id: R.blocked,
    title: 'Vulnerability blocks the release',
    help: "Upgrade the component, or publish a justified, unexpired VEX 'not_affected' statement for this vulnerability and product.",
    severity: 'error'
  },
  {
    id: R.suppressed,
    title: 'Vulnerability suppressed by VEX',
    help: 'Recorded for the evidence bundle: the VEX statement that suppressed it and when it expires.',
    severity: 'note'
  },
  {
    id: R.notInSbom,
    title: 'Finding for a component the SBOM does not list',
    help: 'The scan and the SBOM must describe the same artifact: scan the SBOM itself (grype sbom:…, trivy sbom …) or regenerate both from one image digest.',
    severity: 'error'
  },
  {
    id: R.otherTarget,
    title: 'Report scanned another artifact',
    help: 'The report names an image digest the SBOM does not; pass the report of the same image.',
    severity: 'error'
  },
  {
    id: R.vexIgnored,
    title: 'VEX statement cannot suppress',
    help: "A 'not_affected' needs a justification or impact_statement, a timestamp, an unexpired TTL (ci-intel:expires or max-vex-age) and, when required, a valid signature.",
    severity: 'warning'
  },
  {
    id: R.vexConflict,
    title: 'VEX statements contradict each other',
    help: 'Two statements for the same vulnerability and product carry the same time but different statuses; publish one newer statement.',
    severity: 'warning'
  },
  {
    id: R.feedStale,
    title: 'Feed snapshot older than max-feed-age',
    help: 'Refresh the pinned KEV/EPSS snapshot (and its sha256 pin).',
    severity: 'error'
  },
  {
    id: R.feedDigest,
    title: 'Feed snapshot is not the pinned one',
    help: "The snapshot's sha256 differs from kev-sha256/epss-sha256: it was swapped or the pin is outdated.",
    severity: 'error'
  },
  {
    id: R.feedMissing,
    title: 'Feed not given: its rule did not run',
    help: 'Give kev (CISA KEV JSON) and epss (FIRST EPSS CSV) snapshots so known-exploited and EPSS rules run.',
    severity: 'warning'
  },
  {
    id: R.nothing,
    title: 'Nothing to check',
    help: 'Give an SBOM with components and at least one scanner report.',
    severity: 'error'
  },
  {
    id: R.badPurl,
    title: 'Unreadable package URL',
    help: 'A purl in the SBOM could not be parsed; components without a usable purl match only by name and version.',
    severity: 'warning'
  },
  {
    id: R.sbomLenient,
    title: 'SBOM deviates from its schema where the gate does not read',
    help: 'SPDX 2.2 requires copyrightText/licenseConcluded/licenseDeclared/downloadLocation on every package (optional since 2.3); write SPDX 2.3 to silence this.',
    severity: 'warning'
  }
];
