/** Pushes blobs and manifests over the distribution API (no docker engine), with Basic or Bearer auth. */
import { createHash } from 'node:crypto';

export const sha256 = (b: Uint8Array | string): string =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`;

export interface PushTarget {
  url: string;
  repo: string;
  user?: string;
  password?: string;
}

export class Pusher {
  private auth?: string;
  constructor(readonly t: PushTarget) {}

  private async send(
    method: string,
    url: string,
    headers: Record<string, string>,
    body?: Uint8Array
  ): Promise<Response> {
    for (let i = 0; i < 3; i++) {
      const h = { ...headers, ...(this.auth ? { authorization: this.auth } : {}) };
      const res = await fetch(url, { method, headers: h, body, redirect: 'manual' });
      if (res.status !== 401) return res;
      await res.arrayBuffer();
      const ch = res.headers.get('www-authenticate') ?? '';
      const basic = `Basic ${Buffer.from(`${this.t.user}:${this.t.password}`).toString('base64')}`;
      if (ch.startsWith('Basic')) this.auth = basic;
      else {
        const p = Object.fromEntries([...ch.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        const tu = new URL(p.realm);
        tu.searchParams.set('service', p.service);
        if (p.scope) tu.searchParams.set('scope', p.scope);
        const tr = await fetch(tu, { headers: this.t.user ? { authorization: basic } : {} });
        if (tr.status !== 200) throw new Error(`token request failed: ${tr.status}`);
        this.auth = `Bearer ${((await tr.json()) as { token: string }).token}`;
      }
    }
    throw new Error(`${method} ${url}: still 401`);
  }

  async blob(bytes: Uint8Array | string): Promise<{ digest: string; size: number }> {
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    const digest = sha256(data);
    const start = await this.send('POST', `${this.t.url}/v2/${this.t.repo}/blobs/uploads/`, {});
    await start.arrayBuffer();
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status}`);
    const loc = new URL(start.headers.get('location') as string, this.t.url);
    loc.searchParams.set('digest', digest);
    const put = await this.send(
      'PUT',
      loc.toString(),
      { 'content-type': 'application/octet-stream' },
      data
    );
    await put.arrayBuffer();
    if (put.status !== 201) throw new Error(`blob PUT: ${put.status}`);
    return { digest, size: data.byteLength };
  }

  /** PUT a manifest under a tag or its digest; returns its digest. */
  async manifest(
    doc: object | string,
    reference?: string
  ): Promise<{ digest: string; size: number; mediaType: string }> {
    const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
    const bytes = Buffer.from(text);
    const digest = sha256(bytes);
    const mediaType = (JSON.parse(text) as { mediaType: string }).mediaType;
    const res = await this.send(
      'PUT',
      `${this.t.url}/v2/${this.t.repo}/manifests/${reference ?? digest}`,
      { 'content-type': mediaType },
      bytes
    );
    const body = await res.text();
    if (res.status !== 201)
      throw new Error(`manifest PUT ${reference ?? digest}: ${res.status} ${body}`);
    return { digest, size: bytes.byteLength, mediaType };
  }
}
