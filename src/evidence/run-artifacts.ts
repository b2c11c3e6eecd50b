/**
 * The run's `ci-intel-evidence-*` artifacts, listed and downloaded through the one GitHub client
 * (bounded bodies, strict JSON, the token never sent to the storage origin) and read with the
 * bounded zip reader: every evidence file becomes a piece named `artifact/<name>/<path>`.
 */
import { minimatch } from 'minimatch';
import { GateError } from '../core/errors.js';
import { ZipError, readZipFiles } from '../drill/artifact-zip.js';
import {
  ApiError,
  createClient,
  describeApiError,
  downloadArtifactZip,
  type ApiOptions,
  type ArtifactInfo
} from '../drill/github-api.js';
import { expandPath } from '../github/client.js';
import { paginate } from '../github/paginate.js';
import { evidenceMediaType, MAX_PIECE_BYTES, type Piece } from './pieces.js';

export const MAX_ARTIFACT_ZIP_BYTES = 64 * 1024 * 1024;
export const MAX_ARTIFACTS = 100;

export interface ArtifactSource {
  repository: string;
  runId: number;
  /** Glob over artifact names (`ci-intel-evidence-*`). */
  pattern: string;
}

export interface ArtifactReport {
  listed: number;
  downloaded: { name: string; id: number; pieces: number; bytes: number }[];
  expired: string[];
}

function fail(err: unknown): never {
  if (err instanceof ApiError) throw new GateError(err.message, err.help);
  throw err;
}

export async function artifactPieces(
  src: ArtifactSource,
  o: ApiOptions
): Promise<{ pieces: Piece[]; report: ArtifactReport }> {
  const [owner, repo] = src.repository.split('/');
  if (!owner || !repo)
    throw new GateError(`repository '${src.repository}' is not owner/name`, "Set 'repository'.");
  const client = createClient({ ...o, userAgent: 'ci-intel-hub evidence-bundle' });
  const what = `listing artifacts of run ${src.runId}`;
  const all: ArtifactInfo[] = [];
  try {
    for await (const page of paginate(
      client,
      expandPath('/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
        owner,
        repo,
        run_id: src.runId
      }),
      { query: { per_page: 100 }, maxPages: 10 }
    )) {
      const list = (page.data as { artifacts?: unknown } | null)?.artifacts;
      if (!Array.isArray(list))
        throw new ApiError(
          `${what}: the answer has no artifacts list`,
          'Check GITHUB_API_URL points at a GitHub REST API.'
        );
      for (const a of list as Record<string, unknown>[]) {
        if (typeof a?.name !== 'string' || typeof a.id !== 'number') continue;
        all.push({
          id: a.id,
          name: a.name,
          sizeInBytes: typeof a.size_in_bytes === 'number' ? a.size_in_bytes : 0,
          expired: a.expired === true,
          createdAt: typeof a.created_at === 'string' ? a.created_at : undefined
        });
      }
    }
  } catch (err) {
    fail(describeApiError(err, what, o));
  }
  const matching = all
    .filter((a) => minimatch(a.name, src.pattern, { nobrace: true, noext: true }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : b.id - a.id));
  if (matching.length > MAX_ARTIFACTS)
    throw new GateError(
      `${matching.length} artifacts match '${src.pattern}'; at most ${MAX_ARTIFACTS} are read`,
      "Narrow 'artifact-pattern'."
    );
  const report: ArtifactReport = { listed: all.length, downloaded: [], expired: [] };
  const pieces: Piece[] = [];
  const seen = new Set<string>();
  for (const a of matching) {
    if (a.expired) {
      report.expired.push(a.name);
      continue;
    }
    if (seen.has(a.name)) continue; // a re-run uploads again: keep the newest (highest id)
    seen.add(a.name);
    let zip: Buffer;
    try {
      zip = await downloadArtifactZip(client, o, src.repository, a, MAX_ARTIFACT_ZIP_BYTES);
    } catch (err) {
      fail(err);
    }
    let files;
    try {
      files = await readZipFiles(zip, (n) => evidenceMediaType(n) !== undefined, {
        maxEntries: 5000,
        maxEntryBytes: MAX_PIECE_BYTES,
        maxTotalBytes: MAX_ARTIFACT_ZIP_BYTES * 2
      });
    } catch (err) {
      if (err instanceof ZipError)
        throw new GateError(
          `artifact '${a.name}' (${a.id}): ${err.message}`,
          'Upload the ci-intel folder as the artifact (actions/upload-artifact of ${{ runner.temp }}/ci-intel/).'
        );
      throw err;
    }
    for (const f of files)
      pieces.push({
        name: `artifact/${a.name}/${f.name}`,
        mediaType: evidenceMediaType(f.name) as string,
        bytes: f.bytes
      });
    report.downloaded.push({ name: a.name, id: a.id, pieces: files.length, bytes: zip.length });
  }
  return { pieces, report };
}
