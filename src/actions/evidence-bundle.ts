import * as core from '@actions/core';
import { runAction } from '../core/actions-adapter.js';
import { makeEvidenceBundle } from '../gates/evidence-bundle/index.js';

await runAction(makeEvidenceBundle({ idToken: (audience) => core.getIDToken(audience) }));
