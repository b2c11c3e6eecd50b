import { runAction } from '../core/actions-adapter.js';
import type { Gate } from '../core/gate.js';
import { secretless, type SecretlessEvidence } from '../gates/secretless/index.js';
import { detailsMarkdown } from '../gates/secretless/summary.js';

await runAction(secretless as Gate, {
  details: (result) => detailsMarkdown(result.evidence as unknown as SecretlessEvidence)
});
