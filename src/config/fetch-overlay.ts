/**
 * Fetches a pinned organisation overlay through the GitHub contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref={sha}`), once per job: the text is cached under
 * the hub's temp folder by commit and path, since a pinned commit cannot change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularTextFile } from '../core/read-file.js';
import { ConfigError } from './errors.js';
import { MAX_CONFIG_BYTES } from './document.js';
import type { OverlayRef } from './overlay-ref.js';
import { getContents, type ContentsClientOptions } from './contents-api.js';

export interface OverlayFetchOptions extends ContentsClientOptions {
  /** Where fetched overlays are kept for the rest of the job. */
  cacheDir?: string;
}

export async function fetchOverlay(
  ref: Extract<OverlayRef, { kind: 'remote' }>,
  options: OverlayFetchOptions
): Promise<string> {
  const key = createHash('sha256')
    .update(`${ref.owner}/${ref.repo}@${ref.sha}:${ref.path}`)
    .digest('hex');
  const cached = options.cacheDir ? join(options.cacheDir, 'overlays', `${key}.yml`) : undefined;
  if (cached && existsSync(cached))
    return readRegularTextFile(cached, { maxBytes: MAX_CONFIG_BYTES });
  const file = await getContents(ref.owner, ref.repo, ref.path, ref.sha, options);
  if (file.bytes.length > MAX_CONFIG_BYTES) {
    throw new ConfigError(
      `overlay ${ref.text} is ${file.bytes.length} bytes; a configuration is at most ${MAX_CONFIG_BYTES}`
    );
  }
  // The blob sha GitHub names must be the git hash of the bytes it sent.
  const blob = createHash('sha1')
    .update(`blob ${file.bytes.length}\0`)
    .update(file.bytes)
    .digest('hex');
  if (file.sha && file.sha !== blob) {
    throw new ConfigError(
      `overlay ${ref.text}: the contents API sent bytes whose git blob hash ${blob} is not the ${file.sha} it named`
    );
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
  if (cached) {
    mkdirSync(join(options.cacheDir!, 'overlays'), { recursive: true });
    writeFileSync(cached, text);
  }
  return text;
}
