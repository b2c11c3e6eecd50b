import { runAction } from '../core/actions-adapter.js';
import { schemaCheck } from '../gates/schema-check/index.js';

await runAction(schemaCheck);
