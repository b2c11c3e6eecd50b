/** SARIF metadata of the rules that follow zizmor's audits (issue 17, first half). */
import type { RuleInfo } from '../../core/result.js';

export const ZIZMOR_A_RULE_INFO: RuleInfo[] = [
  {
    id: 'workflow-policy/artipacked',
    title: 'Checkout keeps the token for the rest of the job',
    help: '`actions/checkout` without `persist-credentials: false` leaves the job token in `.git/config` (before v6) for every later step, cache and artifact (zizmor: artipacked). Set `persist-credentials: false`; jobs that upload after the checkout are reported by persist-credentials instead. Explicit `persist-credentials: true` is not flagged. Off by default.',
    severity: 'warning'
  },
  {
    id: 'workflow-policy/bot-conditions',
    title: 'Condition trusts a spoofable bot actor',
    help: "`github.actor == 'dependabot[bot]'` (or `triggering_actor`, `actor_id`, the PR sender) names whoever triggered the latest event, which an attacker can arrange to be the bot. Check the PR author (`github.event.pull_request.user.login`) and use dependabot/fetch-metadata. A comparison that decides the condition alone is an error; one inside `&&` is a warning.",
    severity: 'error'
  },
  {
    id: 'workflow-policy/cache-poisoning',
    title: 'Cache restored in a job that publishes',
    help: 'Release/tag-triggered workflows and jobs with a publishing action (PyPI, gems, GoReleaser, GitHub releases, docker push, cloud deploys) should not restore caches: any branch can write the cache the release then restores. Disable the cache input of the setup action (`cache: ""`, `lookup-only: true`, `package-manager-cache: false`).',
    severity: 'warning'
  },
  {
    id: 'workflow-policy/github-env',
    title: 'Computed text written to GITHUB_ENV or GITHUB_PATH under a privileged trigger',
    help: 'Under `pull_request_target` or `workflow_run`, a value written to `$GITHUB_ENV` / `$GITHUB_PATH` can set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or `PATH` for every later step. Pass values as step outputs and read them through `env:`; `echo`/`printf` of fixed text is fine.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/insecure-commands',
    title: 'ACTIONS_ALLOW_UNSECURE_COMMANDS enabled',
    help: 'It re-enables `::set-env` and `::add-path`, so any printed line can set variables or PATH for later steps. Remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH`.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/obfuscation',
    title: 'Workflow feature written in a form that hides what it does',
    help: "`uses:` paths with `.`, `..` or empty components, `with:` given as one expression, and constants written as expressions (`${{ 'x' }}`, `format('{0}', 'x')`) hide the real value from review and from the other checks. Write the plain form.",
    severity: 'warning'
  },
  {
    id: 'workflow-policy/overprovisioned-secrets',
    title: 'Every secret handed to the job',
    help: '`toJSON(secrets)` and `secrets[<computed name>]` expose all repository and organisation secrets to the runner. Reference the secrets the job needs by name.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/self-hosted-runner',
    title: 'Job runs on a self-hosted runner',
    help: 'Self-hosted runners keep state between jobs unless they are ephemeral, which the workflow cannot show (zizmor: auditor persona; off by default). Use GitHub-hosted or just-in-time runners for untrusted code, then except the workflow with a justification.',
    severity: 'warning'
  },
  {
    id: 'workflow-policy/unsound-contains',
    title: 'contains() on a string used as a list',
    help: '`contains(\'main,develop\', github.ref_name)` is a substring test, so `mai` passes. Use `contains(fromJSON(\'["main", "develop"]\'), github.ref_name)`. An error when whoever triggers the run chooses the value (refs, actor, inputs, env), a warning otherwise.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/unsound-condition',
    title: 'if: condition that is always true',
    help: 'An `if:` whose value is `${{ … }}` plus other text (the newline of a `|` block scalar, say) is a non-empty string, which is true. Use `|-`/`>-` or a one-line condition inside one `${{ }}`.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/unsound-ternary',
    title: 'Pseudo-ternary with a falsy true branch',
    help: "`cond && '' || 'x'` is always `'x'`: `&&` with a falsy value falls through to `||`. Put the falsy value last or use `case()`.",
    severity: 'warning'
  },
  {
    id: 'workflow-policy/unpinned-images',
    title: 'Container or service image not pinned by digest',
    help: 'Pin job `container:` and `services:` images as `name:tag@sha256:<digest>`. No tag or `latest` is an error; a tag alone, or an image chosen by an expression, is a warning. (`docker://` steps are checked by pinned-uses.)',
    severity: 'error'
  },
  {
    id: 'workflow-policy/hardcoded-container-credentials',
    title: 'Registry password written into the workflow',
    help: 'A `container:`/`services:` `credentials.password` that is not `${{ secrets.X }}` (zizmor: hardcoded-container-credentials). Off by default because static-secrets already reports it; turn it on for the zizmor-compatible id. Rotate it and use a secret.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/unredacted-secrets',
    title: 'Structured secret taken apart with fromJSON',
    help: 'The runner masks a secret as a whole, not the fields `fromJSON(secrets.X).field` picks out, so those print unmasked. Store each sensitive value as its own secret.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/secrets-outside-env',
    title: 'Secret read by a job without an environment',
    help: 'A job that reads `secrets.*` (other than GITHUB_TOKEN) without `environment:` gets them on any branch and trigger; an environment adds reviewers and branch rules (zizmor: auditor persona; off by default). Reusable workflows are exempt: their caller decides.',
    severity: 'warning'
  },
  {
    id: 'workflow-policy/github-app',
    title: 'GitHub App token broader or longer-lived than needed',
    help: '`actions/create-github-app-token` with `skip-token-revoke: true`, with `owner:` but no `repositories:`, or without any `permission-<name>` input hands out an installation token with more reach than the job needs.',
    severity: 'error'
  },
  {
    id: 'workflow-policy/adhoc-packages',
    title: 'Package installed outside a lockfile',
    help: '`npm install <pkg>`, `gem install`, `yarn/pnpm/bundle add` in a `run:` step install whatever version the registry serves now. Declare it in the manifest and install from the lockfile (`npm ci`).',
    severity: 'warning'
  },
  {
    id: 'workflow-policy/unpinned-tools',
    title: 'Setup action installs the latest tool release',
    help: 'aquasecurity/setup-trivy and 1password/load-secrets-action without `version:` (or with `latest`) install whatever was released last. Set an exact version.',
    severity: 'warning'
  }
];
