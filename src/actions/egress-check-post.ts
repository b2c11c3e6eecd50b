import { getState, info } from '../core/runner-commands.js';

// The post step re-checks and reports only when the main step installed a policy; otherwise it
// prints one line, and the gate's code (a separate chunk of the bundle) is never loaded.
const stateFile = getState('state-file');
if (stateFile) {
  const [{ runAction }, { egressGate }, { egressDetails }] = await Promise.all([
    import('../core/actions-adapter.js'),
    import('../gates/egress-check/index.js'),
    import('../gates/egress-check/summary.js')
  ]);
  await runAction(egressGate('report', stateFile), { details: egressDetails });
} else {
  info(
    'egress-check: no policy was installed by the main step (operation probe); nothing to re-check.'
  );
}
