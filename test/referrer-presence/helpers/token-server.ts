/**
 * A registry token service (the distribution `auth.token` protocol): ES256 JWTs with an `x5c`
 * header, anonymous pull-only tokens, Basic credentials for pull+push, 401 on bad credentials.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  /** Every token request: scope asked, who, what was granted. */
  log: { scope: string; user: string; granted: string[]; status: number }[];
  stop(): Promise<void>;
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

function makeCert(dir: string): { key: KeyObject; certFile: string; x5c: string } {
  const keyFile = join(dir, 'token.key');
  const certFile = join(dir, 'token.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=ci-intel-test-token-issuer'
    ],
    { stdio: 'ignore' }
  );
  const pem = readFileSync(certFile, 'utf8');
  const x5c = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return { key: createPrivateKey(readFileSync(keyFile)), certFile, x5c };
}

/** `noAccess`: users who authenticate but are granted nothing (the registry then says insufficient_scope). */
export async function startTokenServer(
  users: Record<string, string>,
  noAccess: string[] = []
): Promise<TokenServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-intel-token-'));
  const { key, certFile, x5c } = makeCert(dir);
  const service = 'ci-intel-test-registry';
  const issuer = 'ci-intel-test-issuer';
  const log: TokenServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const scope = u.searchParams.get('scope') ?? '';
    let user = '';
    const auth = req.headers.authorization;
    if (auth?.startsWith('Basic ')) {
      const [name, ...pw] = Buffer.from(auth.slice(6), 'base64').toString().split(':');
      if (users[name] !== pw.join(':')) {
        log.push({ scope, user: name, granted: [], status: 401 });
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ details: 'bad credentials' }));
        return;
      }
      user = name;
    }
    const access = scope
      ? scope.split(' ').map((s) => {
          const [type, name, actions] = s.split(':');
          const asked = (actions ?? '').split(',');
          const granted = noAccess.includes(user)
            ? []
            : asked.filter((a) => a === 'pull' || (user !== '' && a === 'push'));
          return { type, name, actions: granted };
        })
      : [];
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'ES256', typ: 'JWT', x5c: [x5c] };
    const claims = {
      iss: issuer,
      sub: user,
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const sig = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
    const token = `${input}.${b64url(sig)}`;
    log.push({ scope, user, granted: access.flatMap((a) => a.actions), status: 200 });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    log,
    stop: () => new Promise((r) => server.close(() => r()))
  };
}
