/**
 * What zizmor's own integration tests (crates/zizmor/tests/integration/audit/*.rs, snapshot
 * 11bbf7e6) expect on its test-data files, which the shared corpus holds as
 * `zizmor-testdata__<path>.yml`: per file, the persona the test runs in and the lines each audit
 * reports there (facts read from the inline snapshots; nothing run).
 */
export interface ZizmorCase {
  file: string;
  persona: 'regular' | 'auditor';
  test: string;
  audits: string[];
  lines: [string, number][];
}

export const ZIZMOR_CASES: ZizmorCase[] = [
  {
    file: 'zizmor-testdata__adhoc-packages.yml',
    persona: 'regular',
    test: 'adhoc_packages::test_adhoc_packages',
    audits: ['adhoc-packages'],
    lines: [
      ['adhoc-packages', 18],
      ['adhoc-packages', 22],
      ['adhoc-packages', 26],
      ['adhoc-packages', 30],
      ['adhoc-packages', 34],
      ['adhoc-packages', 38],
      ['adhoc-packages', 44],
      ['adhoc-packages', 45],
      ['adhoc-packages', 50],
      ['adhoc-packages', 54],
      ['adhoc-packages', 56],
      ['adhoc-packages', 60],
      ['adhoc-packages', 64],
      ['adhoc-packages', 68],
      ['adhoc-packages', 110],
      ['adhoc-packages', 114],
      ['adhoc-packages', 118],
      ['adhoc-packages', 122],
      ['adhoc-packages', 124],
      ['adhoc-packages', 130],
      ['adhoc-packages', 135],
      ['adhoc-packages', 139]
    ]
  },
  {
    file: 'zizmor-testdata__artipacked.yml',
    persona: 'regular',
    test: 'artipacked::test_regular_persona',
    audits: ['artipacked'],
    lines: [['artipacked', 22]]
  },
  {
    file: 'zizmor-testdata__bot-conditions.yml',
    persona: 'regular',
    test: 'bot_conditions::test_regular_persona',
    audits: ['bot-conditions'],
    lines: [
      ['bot-conditions', 11],
      ['bot-conditions', 15],
      ['bot-conditions', 19],
      ['bot-conditions', 23],
      ['bot-conditions', 32],
      ['bot-conditions', 37],
      ['bot-conditions', 42],
      ['bot-conditions', 47],
      ['bot-conditions', 52],
      ['bot-conditions', 56],
      ['bot-conditions', 60]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-disabled-by-default.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_disabled_by_default',
    audits: ['cache-poisoning'],
    lines: []
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-enabled-by-default.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_enabled_by_default',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 21]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-not-configurable.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_not_configurable',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 23]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-opt-in-boolean-toggle.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_opt_in_boolean_toggle',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 19]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-opt-in-boolish-toggle.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_opt_in_boolish_toggle',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 17]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-opt-in-expression.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_opt_in_expression',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 19]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-opt-in-multi-value-toggle.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_opt_in_multi_value_toggle',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 18]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__caching-opt-out.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_caching_opt_out',
    audits: ['cache-poisoning'],
    lines: []
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-1081-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_1081',
    audits: ['cache-poisoning'],
    lines: [
      ['cache-poisoning', 15],
      ['cache-poisoning', 18],
      ['cache-poisoning', 23]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-1152-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_1152',
    audits: ['cache-poisoning'],
    lines: [
      ['cache-poisoning', 16],
      ['cache-poisoning', 20],
      ['cache-poisoning', 42]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-1485-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_1485',
    audits: ['cache-poisoning'],
    lines: []
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-1940-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_1940',
    audits: ['cache-poisoning'],
    lines: []
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-2320-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_2320',
    audits: ['cache-poisoning'],
    lines: [
      ['cache-poisoning', 19],
      ['cache-poisoning', 24],
      ['cache-poisoning', 29]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-343-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_343',
    audits: ['cache-poisoning'],
    lines: [
      ['cache-poisoning', 28],
      ['cache-poisoning', 34],
      ['cache-poisoning', 41]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-378-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_378',
    audits: ['cache-poisoning'],
    lines: []
  },
  {
    file: 'zizmor-testdata__cache-poisoning__issue-642-repro.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_issue_642',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 15]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__no-cache-aware-steps.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_no_cache_aware_steps',
    audits: ['cache-poisoning'],
    lines: []
  },
  {
    file: 'zizmor-testdata__cache-poisoning__publisher-step.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_publisher_step',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 23]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__ramsey-composer-install.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_ramsey_composer_install_action',
    audits: ['cache-poisoning'],
    lines: [
      ['cache-poisoning', 13],
      ['cache-poisoning', 15]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__trigger-heuristics__tag-and-branch.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_trigger_heuristics_tag_and_branch',
    audits: ['cache-poisoning'],
    lines: [
      ['cache-poisoning', 17],
      ['cache-poisoning', 23]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__trigger-heuristics__tag-and-release.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_trigger_heuristics_tag_and_release',
    audits: ['cache-poisoning'],
    lines: []
  },
  {
    file: 'zizmor-testdata__cache-poisoning__trigger-heuristics__tag-only.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_trigger_heuristics_tag_only',
    audits: ['cache-poisoning'],
    lines: [
      ['cache-poisoning', 16],
      ['cache-poisoning', 22]
    ]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__workflow-release-branch-trigger.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_workflow_release_branch_trigger',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 22]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__workflow-release-trigger-object.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_workflow_release_trigger_object',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 23]]
  },
  {
    file: 'zizmor-testdata__cache-poisoning__workflow-tag-trigger.yml',
    persona: 'regular',
    test: 'cache_poisoning::test_workflow_tag_trigger',
    audits: ['cache-poisoning'],
    lines: [['cache-poisoning', 23]]
  },
  {
    file: 'zizmor-testdata__excessive-permissions__issue-336-repro.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_issue_336_repro',
    audits: ['excessive-permissions'],
    lines: []
  },
  {
    file: 'zizmor-testdata__excessive-permissions__issue-472-repro.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_issue_472_repro',
    audits: ['excessive-permissions'],
    lines: [['excessive-permissions', 20]]
  },
  {
    file: 'zizmor-testdata__excessive-permissions__jobs-broaden-permissions.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_jobs_broaden_permissions',
    audits: ['excessive-permissions'],
    lines: [
      ['excessive-permissions', 11],
      ['excessive-permissions', 20]
    ]
  },
  {
    file: 'zizmor-testdata__excessive-permissions__reusable-workflow-call.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_reusable_workflow_call',
    audits: ['excessive-permissions'],
    lines: [['excessive-permissions', 7]]
  },
  {
    file: 'zizmor-testdata__excessive-permissions__reusable-workflow-other-triggers.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_reusable_workflow_other_triggers',
    audits: ['excessive-permissions'],
    lines: [
      ['excessive-permissions', 1],
      ['excessive-permissions', 11],
      ['excessive-permissions', 19]
    ]
  },
  {
    file: 'zizmor-testdata__excessive-permissions__workflow-default-perms-all-jobs-explicit.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_workflow_default_perms_all_jobs_explicit',
    audits: ['excessive-permissions'],
    lines: []
  },
  {
    file: 'zizmor-testdata__excessive-permissions__workflow-empty-perms.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_workflow_empty_perms',
    audits: ['excessive-permissions'],
    lines: []
  },
  {
    file: 'zizmor-testdata__excessive-permissions__workflow-read-all.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_workflow_read_all',
    audits: ['excessive-permissions'],
    lines: [['excessive-permissions', 5]]
  },
  {
    file: 'zizmor-testdata__excessive-permissions__workflow-write-all.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_workflow_write_all',
    audits: ['excessive-permissions'],
    lines: [['excessive-permissions', 5]]
  },
  {
    file: 'zizmor-testdata__excessive-permissions__workflow-write-explicit.yml',
    persona: 'regular',
    test: 'excessive_permissions::test_workflow_write_explicit',
    audits: ['excessive-permissions'],
    lines: [
      ['excessive-permissions', 7],
      ['excessive-permissions', 8],
      ['excessive-permissions', 9]
    ]
  },
  {
    file: 'zizmor-testdata__github-app.yml',
    persona: 'regular',
    test: 'github_app::test_regular_persona',
    audits: ['github-app'],
    lines: [
      ['github-app', 21],
      ['github-app', 29],
      ['github-app', 37],
      ['github-app', 43],
      ['github-app', 45],
      ['github-app', 83]
    ]
  },
  {
    file: 'zizmor-testdata__github-app__issue-2219-repro.yml',
    persona: 'regular',
    test: 'github_app::test_issue_2219',
    audits: ['github-app'],
    lines: []
  },
  {
    file: 'zizmor-testdata__github-env__github-path.yml',
    persona: 'regular',
    test: 'github_env::test_github_path',
    audits: ['github-env'],
    lines: [['github-env', 17]]
  },
  {
    file: 'zizmor-testdata__github-env__issue-2200-repro.yml',
    persona: 'regular',
    test: 'github_env::test_issue_2200',
    audits: ['github-env'],
    lines: []
  },
  {
    file: 'zizmor-testdata__github-env__issue-397-repro.yml',
    persona: 'regular',
    test: 'github_env::test_issue_397_repro',
    audits: ['github-env'],
    lines: [['github-env', 17]]
  },
  {
    file: 'zizmor-testdata__insecure-commands.yml',
    persona: 'regular',
    test: 'insecure_commands::test_insecure_commands_default',
    audits: ['insecure-commands'],
    lines: [['insecure-commands', 15]]
  },
  {
    file: 'zizmor-testdata__obfuscation.yml',
    persona: 'regular',
    test: 'obfuscation::test_obfuscation',
    audits: ['obfuscation'],
    lines: [
      ['obfuscation', 13],
      ['obfuscation', 16],
      ['obfuscation', 19],
      ['obfuscation', 20],
      ['obfuscation', 23],
      ['obfuscation', 26],
      ['obfuscation', 34],
      ['obfuscation', 35],
      ['obfuscation', 36],
      ['obfuscation', 37],
      ['obfuscation', 38],
      ['obfuscation', 39],
      ['obfuscation', 40],
      ['obfuscation', 44],
      ['obfuscation', 45],
      ['obfuscation', 46],
      ['obfuscation', 47],
      ['obfuscation', 48],
      ['obfuscation', 53],
      ['obfuscation', 55]
    ]
  },
  {
    file: 'zizmor-testdata__obfuscation__issue-1769-repro.yml',
    persona: 'regular',
    test: 'obfuscation::test_issue_1769',
    audits: ['obfuscation'],
    lines: [['obfuscation', 19]]
  },
  {
    file: 'zizmor-testdata__overprovisioned-secrets.yml',
    persona: 'regular',
    test: 'overprovisioned_secrets::overprovisioned_secrets',
    audits: ['overprovisioned-secrets'],
    lines: [
      ['overprovisioned-secrets', 16],
      ['overprovisioned-secrets', 25]
    ]
  },
  {
    file: 'zizmor-testdata__self-hosted.yml',
    persona: 'regular',
    test: 'self_hosted_runner::test_self_hosted_default',
    audits: ['self-hosted-runner'],
    lines: []
  },
  {
    file: 'zizmor-testdata__template-injection__codeql-sinks.yml',
    persona: 'regular',
    test: 'template_injection::test_codeql_sinks',
    audits: ['template-injection'],
    lines: [['template-injection', 17]]
  },
  {
    file: 'zizmor-testdata__template-injection__false-positive-menagerie.yml',
    persona: 'regular',
    test: 'template_injection::test_false_positive_menagerie',
    audits: ['template-injection'],
    lines: []
  },
  {
    file: 'zizmor-testdata__template-injection__issue-1903-repro.yml',
    persona: 'regular',
    test: 'template_injection::test_issue_1903',
    audits: ['template-injection'],
    lines: [['template-injection', 21]]
  },
  {
    file: 'zizmor-testdata__template-injection__issue-2197-repro.yml',
    persona: 'regular',
    test: 'template_injection::test_issue_2197',
    audits: ['template-injection'],
    lines: []
  },
  {
    file: 'zizmor-testdata__template-injection__issue-22-repro.yml',
    persona: 'regular',
    test: 'template_injection::test_issue_22_repro',
    audits: ['template-injection'],
    lines: []
  },
  {
    file: 'zizmor-testdata__template-injection__issue-339-repro.yml',
    persona: 'regular',
    test: 'template_injection::test_issue_339_repro',
    audits: ['template-injection'],
    lines: [['template-injection', 30]]
  },
  {
    file: 'zizmor-testdata__template-injection__issue-418-repro.yml',
    persona: 'regular',
    test: 'template_injection::test_issue_418_repro',
    audits: ['template-injection'],
    lines: []
  },
  {
    file: 'zizmor-testdata__template-injection__issue-749-repro.yml',
    persona: 'regular',
    test: 'template_injection::test_issue_749_repro',
    audits: ['template-injection'],
    lines: []
  },
  {
    file: 'zizmor-testdata__template-injection__pr-317-repro.yml',
    persona: 'regular',
    test: 'template_injection::test_pr_317_repro',
    audits: ['template-injection'],
    lines: [['template-injection', 28]]
  },
  {
    file: 'zizmor-testdata__template-injection__pwsh-script.yml',
    persona: 'regular',
    test: 'template_injection::test_pwsh_script',
    audits: ['template-injection'],
    lines: [['template-injection', 16]]
  },
  {
    file: 'zizmor-testdata__template-injection__static-env.yml',
    persona: 'regular',
    test: 'template_injection::test_static_env',
    audits: ['template-injection'],
    lines: [
      ['template-injection', 43],
      ['template-injection', 50],
      ['template-injection', 55]
    ]
  },
  {
    file: 'zizmor-testdata__unpinned-images__issue-2097-repro.yml',
    persona: 'regular',
    test: 'unpinned_images::test_issue_2097_repro',
    audits: ['unpinned-images'],
    lines: []
  },
  {
    file: 'zizmor-testdata__unpinned-images__matrix-in-image.yml',
    persona: 'regular',
    test: 'unpinned_images::test_matrix_in_image_regular',
    audits: ['unpinned-images'],
    lines: [
      ['unpinned-images', 20],
      ['unpinned-images', 20]
    ]
  },
  {
    file: 'zizmor-testdata__unpinned-images__urllib3-empty-matrix-container.yml',
    persona: 'regular',
    test: 'unpinned_images::test_urllib3_empty_matrix_container_regular',
    audits: ['unpinned-images'],
    lines: [['unpinned-images', 51]]
  },
  {
    file: 'zizmor-testdata__unpinned-tools.yml',
    persona: 'regular',
    test: 'unpinned_tools::test_regular_persona',
    audits: ['unpinned-tools'],
    lines: [
      ['unpinned-tools', 16],
      ['unpinned-tools', 19],
      ['unpinned-tools', 20],
      ['unpinned-tools', 23],
      ['unpinned-tools', 26]
    ]
  },
  {
    file: 'zizmor-testdata__unpinned-tools__if-false.yml',
    persona: 'regular',
    test: 'unpinned_tools::test_if_false_skipped',
    audits: ['unpinned-tools'],
    lines: []
  },
  {
    file: 'zizmor-testdata__unredacted-secrets.yml',
    persona: 'regular',
    test: 'unredacted_secrets::test_normal_persona',
    audits: ['unredacted-secrets'],
    lines: [
      ['unredacted-secrets', 18],
      ['unredacted-secrets', 21]
    ]
  },
  {
    file: 'zizmor-testdata__unsound-condition.yml',
    persona: 'regular',
    test: 'unsound_condition::test_normal_persona',
    audits: ['unsound-condition'],
    lines: [
      ['unsound-condition', 27],
      ['unsound-condition', 33],
      ['unsound-condition', 60],
      ['unsound-condition', 68],
      ['unsound-condition', 73],
      ['unsound-condition', 78],
      ['unsound-condition', 83],
      ['unsound-condition', 88],
      ['unsound-condition', 93]
    ]
  },
  {
    file: 'zizmor-testdata__unsound-contains.yml',
    persona: 'regular',
    test: 'unsound_contains::test_normal_persona',
    audits: ['unsound-contains'],
    lines: [
      ['unsound-contains', 20],
      ['unsound-contains', 24],
      ['unsound-contains', 28],
      ['unsound-contains', 28],
      ['unsound-contains', 32]
    ]
  },
  {
    file: 'zizmor-testdata__unsound-ternary__issue-746-repro.yml',
    persona: 'regular',
    test: 'unsound_ternary::test_issue_746_repro',
    audits: ['unsound-ternary'],
    lines: [['unsound-ternary', 11]]
  },
  {
    file: 'zizmor-testdata__artipacked.yml',
    persona: 'auditor',
    test: 'artipacked::test_auditor_persona',
    audits: ['artipacked'],
    lines: [
      ['artipacked', 22],
      ['artipacked', 28]
    ]
  },
  {
    file: 'zizmor-testdata__artipacked__issue-447-repro.yml',
    persona: 'auditor',
    test: 'artipacked::test_issue_447',
    audits: ['artipacked'],
    lines: [['artipacked', 24]]
  },
  {
    file: 'zizmor-testdata__insecure-commands.yml',
    persona: 'auditor',
    test: 'insecure_commands::test_insecure_commands_auditor',
    audits: ['insecure-commands'],
    lines: [
      ['insecure-commands', 15],
      ['insecure-commands', 30]
    ]
  },
  {
    file: 'zizmor-testdata__insecure-commands__issue-839-repro.yml',
    persona: 'auditor',
    test: 'insecure_commands::test_issue_839_repro',
    audits: ['insecure-commands'],
    lines: [
      ['insecure-commands', 15],
      ['insecure-commands', 30]
    ]
  },
  {
    file: 'zizmor-testdata__secrets-outside-env.yml',
    persona: 'auditor',
    test: 'secrets_outside_env::test_secrets_outside_env',
    audits: ['secrets-outside-env'],
    lines: [['secrets-outside-env', 20]]
  },
  {
    file: 'zizmor-testdata__secrets-outside-env__issue-2157-repro.yml',
    persona: 'auditor',
    test: 'secrets_outside_env::test_issue_2157',
    audits: ['secrets-outside-env'],
    lines: []
  },
  {
    file: 'zizmor-testdata__self-hosted.yml',
    persona: 'auditor',
    test: 'self_hosted_runner::test_self_hosted_auditor',
    audits: ['self-hosted-runner'],
    lines: [['self-hosted-runner', 17]]
  },
  {
    file: 'zizmor-testdata__self-hosted__issue-283-repro.yml',
    persona: 'auditor',
    test: 'self_hosted_runner::test_issue_283_repro',
    audits: ['self-hosted-runner'],
    lines: []
  },
  {
    file: 'zizmor-testdata__self-hosted__self-hosted-matrix-dimension.yml',
    persona: 'auditor',
    test: 'self_hosted_runner::test_self_hosted_matrix_dimension',
    audits: ['self-hosted-runner'],
    lines: [['self-hosted-runner', 15]]
  },
  {
    file: 'zizmor-testdata__self-hosted__self-hosted-matrix-exclusion.yml',
    persona: 'auditor',
    test: 'self_hosted_runner::test_self_hosted_matrix_exclusion',
    audits: ['self-hosted-runner'],
    lines: []
  },
  {
    file: 'zizmor-testdata__self-hosted__self-hosted-matrix-inclusion.yml',
    persona: 'auditor',
    test: 'self_hosted_runner::test_self_hosted_matrix_inclusion',
    audits: ['self-hosted-runner'],
    lines: [['self-hosted-runner', 15]]
  },
  {
    file: 'zizmor-testdata__self-hosted__self-hosted-runner-group.yml',
    persona: 'auditor',
    test: 'self_hosted_runner::test_self_hosted_runner_group',
    audits: ['self-hosted-runner'],
    lines: [['self-hosted-runner', 15]]
  },
  {
    file: 'zizmor-testdata__self-hosted__self-hosted-runner-label.yml',
    persona: 'auditor',
    test: 'self_hosted_runner::test_self_hosted_runner_label',
    audits: ['self-hosted-runner'],
    lines: [['self-hosted-runner', 15]]
  },
  {
    file: 'zizmor-testdata__template-injection__template-injection-dynamic-matrix.yml',
    persona: 'auditor',
    test: 'template_injection::test_template_injection_dynamic_matrix',
    audits: ['template-injection'],
    lines: [['template-injection', 26]]
  },
  {
    file: 'zizmor-testdata__template-injection__template-injection-static-matrix.yml',
    persona: 'auditor',
    test: 'template_injection::test_template_injection_static_matrix',
    audits: ['template-injection'],
    lines: [['template-injection', 25]]
  }
];
