/**
 * The GitHub attestations API, through the one GitHub client: store a bundle
 * (`POST /repos/{owner}/{repo}/attestations`) and look bundles up by subject digest
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}?predicate_type=…`, paginated).
 */
import { GateError } from '../core/errors.js';
import { ApiError, createClient, describeApiError, type ApiOptions } from '../drill/github-api.js';
import { expandPath } from '../github/client.js';
import { paginate } from '../github/paginate.js';

export const MAX_ATTESTATION_PAGES = 10;
export const MAX_ATTESTATIONS_BODY = 32 * 1024 * 1024;

function split(repository: string): { owner: string; repo: string } {
  const [owner, repo] = repository.split('/');
  return { owner, repo };
}

const ACCESS_HELP =
  "Check 'repository' and that the token has attestations: read (lookup) or attestations: write (store).";

function gateError(err: unknown, what: string, o: ApiOptions): GateError {
  const e =
    err instanceof ApiError ? err : describeApiError(err, what, { ...o, accessHelp: ACCESS_HELP });
  return new GateError(e.message, e.help);
}

export async function storeAttestation(
  repository: string,
  bundle: unknown,
  o: ApiOptions
): Promise<string> {
  const client = createClient({ ...o, userAgent: 'ci-intel-hub evidence' });
  const what = `storing the bundle through the attestations API of ${repository}`;
  try {
    const res = await client.request(
      expandPath('/repos/{owner}/{repo}/attestations', split(repository)),
      {
        method: 'POST',
        body: { bundle }
      }
    );
    const id = (res.data as { id?: unknown } | null)?.id;
    if (typeof id !== 'number')
      throw new ApiError(
        `${what}: the answer has no attestation id`,
        'Check GITHUB_API_URL points at a GitHub REST API.'
      );
    return String(id);
  } catch (err) {
    throw gateError(err, what, o);
  }
}

/** Every bundle GitHub holds for the digest with the predicate type. */
export async function lookupAttestations(
  repository: string,
  digest: string,
  predicateType: string,
  o: ApiOptions
): Promise<unknown[]> {
  const client = createClient({ ...o, userAgent: 'ci-intel-hub evidence' });
  const what = `looking up attestations of ${digest} in ${repository}`;
  const out: unknown[] = [];
  try {
    for await (const page of paginate(
      client,
      expandPath('/repos/{owner}/{repo}/attestations/{subject_digest}', {
        ...split(repository),
        subject_digest: digest
      }),
      {
        query: { per_page: 100, predicate_type: predicateType },
        maxPages: MAX_ATTESTATION_PAGES,
        maxBytes: MAX_ATTESTATIONS_BODY
      }
    )) {
      const list = (page.data as { attestations?: unknown } | null)?.attestations;
      if (!Array.isArray(list))
        throw new ApiError(
          `${what}: the answer has no attestations list`,
          'Check GITHUB_API_URL points at a GitHub REST API.'
        );
      for (const a of list) {
        const b = (a as { bundle?: unknown } | null)?.bundle;
        if (b !== undefined && b !== null) out.push(b);
      }
    }
  } catch (err) {
    const e = err as { status?: number };
    if (e?.status === 404) return out;
    throw gateError(err, what, o);
  }
  return out;
}
