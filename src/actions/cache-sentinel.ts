import { idToken } from '../core/oidc-token.js';
import { runAction } from '../core/actions-adapter.js';
import { makeCacheSentinel } from '../gates/cache-sentinel/index.js';

await runAction(makeCacheSentinel({ idToken }));
