import { runAction } from '../core/actions-adapter.js';
import { templateSync } from '../gates/template-sync/index.js';

await runAction(templateSync);
