import { runAction } from '../core/actions-adapter.js';
import { slsaVerify } from '../gates/slsa-verify/index.js';
import { provenanceTable } from '../gates/slsa-verify/summary.js';

await runAction(slsaVerify, { details: provenanceTable });
