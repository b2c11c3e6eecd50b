import { runAction } from '../core/actions-adapter.js';
import type { Gate } from '../core/gate.js';
import { determinism, type DeterminismEvidence } from '../gates/determinism/index.js';
import { detailsMarkdown } from '../gates/determinism/summary.js';

await runAction(determinism as Gate, {
  details: (result) => detailsMarkdown(result.evidence as unknown as DeterminismEvidence)
});
