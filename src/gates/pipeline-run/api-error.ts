/** A GitHub client failure as a GateError that says what went wrong and what to do. */
import { GateError } from '../../core/errors.js';
import { GitHubApiError } from '../../github/errors.js';
import { CrossOriginError } from '../../net/credential-origin.js';

export function apiError(err: unknown, what: string, apiUrl = 'https://api.github.com'): Error {
  if (err instanceof GateError) return new GateError(`${what}: ${err.message}`, err.help);
  if (err instanceof CrossOriginError)
    return new GateError(`${what}: ${err.message}`, 'Check GITHUB_API_URL.');
  if (!(err instanceof GitHubApiError)) return err instanceof Error ? err : new Error(String(err));
  const help: Record<string, string> = {
    timeout:
      'The API gave no answer in time: re-run later, check GITHUB_API_URL, or raise api-timeout.',
    network: 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.',
    'bad-json': `Check GITHUB_API_URL (${apiUrl}) points at a GitHub REST API.`,
    'too-large': 'The answer is larger than any run description; check GITHUB_API_URL.',
    'rate-limit': 'Re-run after the reset, or use a token with a higher limit.',
    'secondary-rate-limit':
      'Re-run later; avoid many concurrent jobs calling the API with one token.',
    'cross-origin':
      'The API pointed elsewhere; the token only goes to GITHUB_API_URL. Check GITHUB_API_URL.',
    redirect: 'Check GITHUB_API_URL.'
  };
  let h = help[err.kind];
  if (err.kind === 'status') {
    if (err.status === 404)
      h =
        "Check 'repository' and 'run-id', and that the token may read Actions (permissions: actions: read).";
    else if (err.status === 401) h = "The token was refused: check 'token'.";
    else if (err.status === 403)
      h = 'The token may not read Actions here: grant permissions: actions: read.';
    else h = 'A GitHub outage or a wrong GITHUB_API_URL: re-run later, or check the URL.';
  }
  return new GateError(`${what}: ${err.message}`, h);
}
