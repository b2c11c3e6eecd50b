import { idToken } from '../core/oidc-token.js';
import { runAction } from '../core/actions-adapter.js';
import { makeEvidenceVerify } from '../gates/evidence-verify/index.js';

await runAction(makeEvidenceVerify({ idToken }));
