import { runAction } from '../core/actions-adapter.js';
import { cacheSentinel } from '../gates/cache-sentinel/index.js';

await runAction(cacheSentinel);
