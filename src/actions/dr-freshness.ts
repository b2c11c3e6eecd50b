import { runAction } from '../core/actions-adapter.js';
import { detailsMarkdown } from '../gates/dr-freshness/summary.js';
import { drFreshness } from '../gates/dr-freshness/index.js';
import type { Gate } from '../core/gate.js';

await runAction(drFreshness as Gate, { details: (result) => detailsMarkdown(result.evidence) });
