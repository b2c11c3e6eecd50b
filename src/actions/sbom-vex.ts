import { runAction } from '../core/actions-adapter.js';
import { sbomVex, type SbomVexEvidence } from '../gates/sbom-vex/index.js';
import { detailsMarkdown } from '../gates/sbom-vex/summary.js';
import type { Gate } from '../core/gate.js';

await runAction(sbomVex as Gate, {
  details: (result) => detailsMarkdown(result.evidence as unknown as SbomVexEvidence)
});
