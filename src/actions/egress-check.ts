import * as core from '../core/runner-commands.js';
import { runAction } from '../core/actions-adapter.js';
import { egressCheck, type EgressEvidence } from '../gates/egress-check/index.js';
import { egressDetails } from '../gates/egress-check/summary.js';
import { resolverMain } from '../egress/resolver-main.js';

if (process.argv[2] === '--egress-resolver') {
  // The allowlisting resolver runs from this same bundle, as its own long-lived process.
  await resolverMain(process.argv[3]);
} else {
  const result = await runAction(egressCheck, { details: egressDetails });
  const stateFile = (result?.evidence as unknown as EgressEvidence | undefined)?.stateFile;
  if (stateFile) core.saveState('state-file', stateFile);
}
