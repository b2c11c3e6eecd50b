/**
 * The events GitHub accepts under `on:` (names are case-sensitive: `PULL_REQUEST_TARGET` is
 * rejected). A test keeps this list equal to the one in @actions/workflow-parser's schema.
 */
export const GITHUB_EVENTS: ReadonlySet<string> = new Set([
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'image_version',
  'issue_comment',
  'issues',
  'label',
  'merge_group',
  'milestone',
  'page_build',
  'project',
  'project_card',
  'project_column',
  'public',
  'pull_request',
  'pull_request_comment',
  'pull_request_review',
  'pull_request_review_comment',
  'pull_request_target',
  'push',
  'registry_package',
  'release',
  'repository_dispatch',
  'schedule',
  'status',
  'watch',
  'workflow_call',
  'workflow_dispatch',
  'workflow_run'
]);

/** Why GitHub rejects an event name, or undefined when it is one. */
const OWN_NAMES = new Map([...GITHUB_EVENTS].map((e) => [e, e]));

/**
 * A known event's name as this module's own string: a name read from a workflow is a slice of
 * the file's text (src/workflows/detach.ts), and every gate keeps the names it reports. One
 * string per event, where detaching would copy the name for each file.
 */
export function eventName(name: string): string {
  return OWN_NAMES.get(name) ?? name;
}

export function unknownEvent(name: string): string | undefined {
  if (GITHUB_EVENTS.has(name)) return undefined;
  const lower = name.toLowerCase();
  const hint = GITHUB_EVENTS.has(lower) ? ` (event names are lower-case: '${lower}')` : '';
  return `'${name.slice(0, 60)}' is not an event GitHub knows; GitHub rejects the workflow${hint}`;
}
