import { runAction } from '../core/actions-adapter.js';
import { evidenceVerify } from '../gates/evidence-verify/index.js';

await runAction(evidenceVerify);
