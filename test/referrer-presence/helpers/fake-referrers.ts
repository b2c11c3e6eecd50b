/**
 * An in-memory registry that implements the referrers API exactly as distribution-spec 1.1 says:
 * `OCI-Subject` on manifest PUT, GET /v2/<name>/referrers/<digest> always 200 with an image index
 * (never 404 for a known repository), descriptors carrying artifactType (or config.mediaType) and
 * annotations, `OCI-Filters-Applied: artifactType` when filtering, pagination by a relative `Link`
 * (rel="next"), 400 for an invalid digest. Faults can be injected per request for tests.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Fault = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface FakeRegistry {
  url: string;
  host: string;
  /** Paths (with query) of every request, in order. */
  log: string[];
  /** Called before normal handling; return true when it answered. */
  faults: Fault[];
  pageSize: number;
  /** Serve referrers listings without honouring artifactType (no OCI-Filters-Applied). */
  ignoreFilter: boolean;
  blobs: Map<string, Buffer>;
  manifests: Map<string, { body: Buffer; mediaType: string }>;
  stop(): Promise<void>;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, { body: Buffer; mediaType: string }>();
  const tags = new Map<string, string>();
  const uploads = new Map<string, Buffer[]>();
  const state: FakeRegistry = {
    url: '',
    host: '',
    log: [],
    faults: [],
    pageSize: 2,
    ignoreFilter: false,
    blobs,
    manifests,
    stop: async () => undefined
  };
  const json = (
    res: ServerResponse,
    status: number,
    doc: unknown,
    headers: Record<string, string> = {}
  ): void => {
    const b = Buffer.from(JSON.stringify(doc));
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(b.length),
      ...headers
    });
    res.end(b);
  };
  const err = (res: ServerResponse, status: number, code: string): void =>
    json(res, status, { errors: [{ code, message: code }] });

  const server: Server = createServer(async (req, res) => {
    state.log.push(`${req.method} ${req.url}`);
    for (const f of state.faults) if (f(req, res)) return;
    const u = new URL(req.url ?? '/', 'http://x');
    const m = /^\/v2\/(.+?)\/(blobs\/uploads|manifests|blobs|referrers)\/(.*)$/.exec(u.pathname);
    if (u.pathname === '/v2/') return json(res, 200, {});
    if (!m) return err(res, 404, 'NOT_FOUND');
    const [, , kind, ref] = m;
    if (kind === 'blobs/uploads') {
      if (req.method === 'POST') {
        const id = String(uploads.size + 1);
        uploads.set(id, []);
        res.writeHead(202, { location: `${m[0].replace(/\/$/, '')}/${id}`, 'content-length': '0' });
        return res.end();
      }
      const data = await body(req);
      const digest = u.searchParams.get('digest') ?? '';
      blobs.set(digest, data);
      res.writeHead(201, { 'content-length': '0', 'docker-content-digest': digest });
      return res.end();
    }
    if (kind === 'blobs') {
      const b = blobs.get(ref);
      if (!b) return err(res, 404, 'BLOB_UNKNOWN');
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(b.length)
      });
      return res.end(b);
    }
    if (kind === 'manifests') {
      if (req.method === 'PUT') {
        const data = await body(req);
        const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
        const mediaType = String(req.headers['content-type'] ?? '');
        manifests.set(digest, { body: data, mediaType });
        if (!DIGEST.test(ref)) tags.set(ref, digest);
        const subject = (JSON.parse(data.toString()) as { subject?: { digest: string } }).subject;
        res.writeHead(201, {
          'docker-content-digest': digest,
          'content-length': '0',
          ...(subject ? { 'oci-subject': subject.digest } : {})
        });
        return res.end();
      }
      const digest = DIGEST.test(ref) ? ref : tags.get(ref);
      const man = digest ? manifests.get(digest) : undefined;
      if (!man || !digest) return err(res, 404, 'MANIFEST_UNKNOWN');
      res.writeHead(200, {
        'content-type': man.mediaType,
        'docker-content-digest': digest,
        'content-length': String(man.body.length)
      });
      return res.end(man.body);
    }
    // referrers
    if (!DIGEST.test(ref)) return err(res, 400, 'DIGEST_INVALID');
    const filter = state.ignoreFilter ? null : u.searchParams.get('artifactType');
    const all = [...manifests.entries()]
      .map(([digest, man]) => ({
        digest,
        man,
        doc: JSON.parse(man.body.toString()) as Record<string, unknown>
      }))
      .filter((x) => (x.doc.subject as { digest?: string } | undefined)?.digest === ref)
      .map((x) => {
        const at =
          (x.doc.artifactType as string | undefined) ??
          (x.doc.config as { mediaType?: string } | undefined)?.mediaType;
        return {
          mediaType: x.man.mediaType,
          digest: x.digest,
          size: x.man.body.length,
          ...(at ? { artifactType: at } : {}),
          ...(x.doc.annotations ? { annotations: x.doc.annotations } : {})
        };
      })
      .filter((d) => !filter || d.artifactType === filter)
      .sort((a, b) => a.digest.localeCompare(b.digest));
    const start = Number(u.searchParams.get('next') ?? '0');
    const page = all.slice(start, start + state.pageSize);
    const headers: Record<string, string> = {
      'content-type': 'application/vnd.oci.image.index.v1+json'
    };
    if (filter) headers['oci-filters-applied'] = 'artifactType';
    if (start + state.pageSize < all.length) {
      const next = new URLSearchParams(u.searchParams);
      next.set('next', String(start + state.pageSize));
      headers.link = `<${u.pathname}?${next.toString()}>; rel="next"`;
    }
    const doc = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: page
    };
    const b = Buffer.from(JSON.stringify(doc));
    res.writeHead(200, { ...headers, 'content-length': String(b.length) });
    res.end(b);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  state.url = `http://127.0.0.1:${port}`;
  state.host = `127.0.0.1:${port}`;
  state.stop = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return state;
}
