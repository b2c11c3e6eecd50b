/** Rule metadata of dr-freshness (SARIF and help). */
import type { RuleInfo } from '../../core/result.js';
import { DRILL_RULES } from '../../drill/budget.js';

export const SOURCE_RULES = {
  evidenceInvalid: 'dr/evidence-invalid',
  evidenceInconsistent: 'dr/evidence-inconsistent',
  noSuccessfulRun: 'dr/no-successful-run'
} as const;

export const RULES: RuleInfo[] = [
  {
    id: DRILL_RULES.stale,
    title: 'Last successful DR drill is too old',
    help: 'Run the disaster-recovery drill (and make it pass) within max-age before promoting a release.',
    severity: 'error'
  },
  {
    id: DRILL_RULES.failed,
    title: 'DR drill did not pass',
    help: "Only a drill whose result is 'pass' counts; fix what it found and run it again.",
    severity: 'error'
  },
  {
    id: DRILL_RULES.rpo,
    title: 'Recovery point objective over budget',
    help: 'The drill lost more data than max-rpo-seconds allows; replicate or back up more often, then drill again.',
    severity: 'error'
  },
  {
    id: DRILL_RULES.rto,
    title: 'Recovery time objective over budget',
    help: 'The drill took longer to recover than max-rto-seconds allows; speed recovery up, then drill again.',
    severity: 'error'
  },
  {
    id: DRILL_RULES.timestamp,
    title: 'Drill time missing or unreadable',
    help: 'Record the last success as RFC 3339 with an offset, e.g. 2026-11-20T03:00:00Z.',
    severity: 'error'
  },
  {
    id: DRILL_RULES.future,
    title: 'Drill time lies in the future',
    help: 'A last success more than 5 minutes ahead of now means a wrong clock or forged evidence.',
    severity: 'error'
  },
  {
    id: DRILL_RULES.unverified,
    title: 'RPO/RTO budgets not verified',
    help: "Give 'artifact-name' so the drill's evidence (RPO, RTO, result) is checked, not only its run.",
    severity: 'warning'
  },
  {
    id: SOURCE_RULES.evidenceInvalid,
    title: 'Drill evidence is malformed',
    help: 'Make the evidence match schema/dr-freshness-evidence.v1.json.',
    severity: 'error'
  },
  {
    id: SOURCE_RULES.evidenceInconsistent,
    title: 'Drill evidence contradicts its workflow run',
    help: 'The evidence claims a success after the run that uploaded it had finished; check the drill workflow.',
    severity: 'error'
  },
  {
    id: SOURCE_RULES.noSuccessfulRun,
    title: 'No successful drill run found',
    help: 'Run the drill workflow on the branch until it succeeds, or check workflow, repository and branch.',
    severity: 'error'
  }
];
