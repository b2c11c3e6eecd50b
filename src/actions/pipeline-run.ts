import { runAction } from '../core/actions-adapter.js';
import { pipelineRun } from '../gates/pipeline-run/index.js';
import { pipelineRunDetails } from '../gates/pipeline-run/summary.js';

await runAction(pipelineRun, { details: pipelineRunDetails });
