/**
 * The job's OIDC token for an audience, through `@actions/core` (the runner's token endpoint,
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN). `@actions/core` and its HTTP client load only when a token
 * is asked for, as a separate chunk of the bundle.
 */
export async function idToken(audience: string): Promise<string> {
  const core = await import('@actions/core');
  return core.getIDToken(audience);
}
