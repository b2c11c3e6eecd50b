import * as core from '@actions/core';
import { runAction } from '../core/actions-adapter.js';
import { egressGate } from '../gates/egress-check/index.js';
import { egressDetails } from '../gates/egress-check/summary.js';

// The post step re-checks and reports only when the main step installed a policy.
const stateFile = core.getState('state-file');
if (stateFile) await runAction(egressGate('report', stateFile), { details: egressDetails });
else
  core.info(
    'egress-check: no policy was installed by the main step (operation probe); nothing to re-check.'
  );
