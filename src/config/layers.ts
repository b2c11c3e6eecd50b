/**
 * Finding and reading the layers: the repository's `.ci-intel/config.yml` (or the file
 * CI_INTEL_CONFIG names) and the organisation overlay it `extends`. The hub's defaults are the
 * action.yml defaults; the step's `with:` (or CLI flags) sit on top.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { readRegularTextFile } from '../core/read-file.js';
import {
  MAX_CONFIG_BYTES,
  parseConfigText,
  positionOf,
  validateConfig,
  type ConfigDocument
} from './document.js';
import { ConfigError } from './errors.js';
import { fetchOverlay, type OverlayFetchOptions } from './fetch-overlay.js';
import { overlayLabel, parseOverlayRef, type OverlayRef } from './overlay-ref.js';

export { DEFAULT_CONFIG_FILE } from './default-file.js';
import { DEFAULT_CONFIG_FILE } from './default-file.js';

export interface ConfigLayers {
  repo?: ConfigDocument;
  org?: ConfigDocument & { ref: OverlayRef };
}

export interface LoadOptions {
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  /** A config file named explicitly (CLI --config); else CI_INTEL_CONFIG, else the default. */
  configFile?: string;
  tempDir?: string;
  /** For tests and the CLI: a token when the environment has none. */
  token?: string;
  /** The overlay fetch's deadline and first retry delay (default 30 s and 0.5 s). */
  overlayFetch?: { deadlineMs?: number; retryBaseMs?: number };
}

function readLayer(abs: string, label: string, file: string): ConfigDocument {
  const text = readRegularTextFile(abs, { maxBytes: MAX_CONFIG_BYTES, what: 'configuration' });
  const doc = parseConfigText(text, label, file);
  validateConfig(doc);
  return doc;
}

export async function loadLayers(options: LoadOptions): Promise<ConfigLayers> {
  const named = options.configFile ?? options.env.CI_INTEL_CONFIG;
  const path = resolve(options.workspace, named || DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (named) {
      throw new ConfigError(
        `configuration ${named} does not exist (resolved against the workspace ${options.workspace})`,
        named,
        'Name an existing file, or drop the setting to use .ci-intel/config.yml.'
      );
    }
    return {};
  }
  const rel = relative(options.workspace, path);
  const label = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  const repo = readLayer(path, label, label);
  if (repo.value.policy !== undefined) {
    const pos = positionOf(repo, '/policy');
    throw new ConfigError(
      `${label}:${pos.line}:${pos.column}: policy (locked keys and bounds) belongs in the organisation overlay, not in a repository's configuration`,
      label,
      'Move policy: to the overlay this file extends; a repository tightens settings by setting them.',
      pos.line,
      pos.column
    );
  }
  const layers: ConfigLayers = { repo };
  const ext = repo.value.extends;
  if (typeof ext === 'string') {
    const pos = positionOf(repo, '/extends');
    const ref = parseOverlayRef(ext, `${label}:${pos.line}:${pos.column}`, pos.line, pos.column);
    let doc: ConfigDocument;
    if (ref.kind === 'local') {
      const abs = resolve(dirname(path), ref.path);
      if (!existsSync(abs)) {
        throw new ConfigError(
          `${label}:${pos.line}:${pos.column}: extends '${ref.path}' does not exist (resolved to ${relative(options.workspace, abs) || abs}); the gates do not fall back to the hub's defaults`,
          label,
          'Fix the path, or pin a remote overlay: <owner>/<repo>/<path>@<sha>.',
          pos.line,
          pos.column
        );
      }
      const relOverlay = relative(options.workspace, abs) || abs;
      doc = readLayer(abs, `org ${relOverlay}`, relOverlay);
    } else {
      const fetchOptions: OverlayFetchOptions = {
        apiUrl: options.env.GITHUB_API_URL || 'https://api.github.com',
        // CI_INTEL_TOKEN names the overlay's token explicitly; else the gate's own token input.
        token:
          options.env.CI_INTEL_TOKEN ||
          options.token ||
          options.env.GITHUB_TOKEN ||
          options.env.GH_TOKEN ||
          undefined,
        cacheDir: options.tempDir,
        deadlineMs: options.overlayFetch?.deadlineMs ?? 30_000,
        retryBaseMs: options.overlayFetch?.retryBaseMs
      };
      const text = await fetchOverlay(ref, fetchOptions);
      doc = parseConfigText(text, overlayLabel(ref), `${ref.owner}/${ref.repo}/${ref.path}`);
      validateConfig(doc);
    }
    if (doc.value.extends !== undefined) {
      const p = positionOf(doc, '/extends');
      throw new ConfigError(
        `${doc.label}:${p.line}:${p.column}: an organisation overlay cannot extend another (one overlay per organisation)`,
        doc.file
      );
    }
    layers.org = { ...doc, ref };
  }
  return layers;
}
