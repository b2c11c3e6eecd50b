import { idToken } from '../core/oidc-token.js';
import { runAction } from '../core/actions-adapter.js';
import { makeEvidenceBundle } from '../gates/evidence-bundle/index.js';

await runAction(makeEvidenceBundle({ idToken }));
