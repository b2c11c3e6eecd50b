import * as core from '@actions/core';
import { runAction } from '../core/actions-adapter.js';
import { makeCacheSentinel } from '../gates/cache-sentinel/index.js';

await runAction(makeCacheSentinel({ idToken: (audience) => core.getIDToken(audience) }));
