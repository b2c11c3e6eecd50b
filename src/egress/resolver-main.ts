/**
 * The resolver process (`<bundle> --egress-resolver CONFIG`): runs until SIGTERM, logging each
 * decision as one JSON line on stdout, and `{"ready":<pid>}` once it listens.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DnsFilter, type ResolverConfig } from './dns-filter.js';

function addElements(cfg: ResolverConfig, set: 'dyn4' | 'dyn6', elements: string[]): Promise<void> {
  if (!cfg.nft.length) return Promise.resolve();
  const args = [
    ...cfg.nft.slice(1),
    'add',
    'element',
    'inet',
    cfg.table,
    set,
    `{ ${elements.join(', ')} }`
  ];
  return new Promise((resolve, reject) => {
    execFile(cfg.nft[0], args, { timeout: 5000 }, (err, _out, stderr) => {
      if (err)
        reject(new Error(`nft add element ${set} failed: ${String(stderr).trim() || err.message}`));
      else resolve();
    });
  });
}

export async function resolverMain(configFile: string): Promise<void> {
  const cfg = JSON.parse(readFileSync(configFile, 'utf8')) as ResolverConfig;
  const write = (o: object): void => void process.stdout.write(JSON.stringify(o) + '\n');
  const filter = new DnsFilter(cfg, (set, elements) => addElements(cfg, set, elements), write);
  try {
    await filter.listen();
  } catch (err) {
    write({
      error: `cannot listen on ${cfg.listen.join(', ')} port ${cfg.port}: ${(err as Error).message}`
    });
    process.exit(3);
  }
  const stop = (): void => {
    filter.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  write({
    ready: process.pid,
    uid: process.getuid?.(),
    listen: cfg.listen,
    upstream: cfg.upstream
  });
}
