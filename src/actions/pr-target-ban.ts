import { runAction } from '../core/actions-adapter.js';
import { prTargetBan } from '../gates/pr-target-ban/index.js';

await runAction(prTargetBan);
