import { runAction } from '../core/actions-adapter.js';
import { referrerPresence } from '../gates/referrer-presence/index.js';
import { detailsMarkdown } from '../gates/referrer-presence/summary.js';

await runAction(referrerPresence, { details: detailsMarkdown });
