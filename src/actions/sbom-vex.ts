import { runAction } from '../core/actions-adapter.js';
import { sbomVex } from '../gates/sbom-vex/index.js';
import type { Gate } from '../core/gate.js';

await runAction(sbomVex as Gate);
