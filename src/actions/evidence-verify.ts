import * as core from '@actions/core';
import { runAction } from '../core/actions-adapter.js';
import { makeEvidenceVerify } from '../gates/evidence-verify/index.js';

await runAction(makeEvidenceVerify({ idToken: (audience) => core.getIDToken(audience) }));
