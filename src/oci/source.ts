/** What the gate needs from a place that stores images: a registry or an OCI image layout. */
import type { Descriptor, FetchedManifest } from './manifest.js';

export interface ReferrersListing {
  /** false: this source has no referrers API (404, a redirect, or not an index). */
  supported: boolean;
  /** Why it is unsupported, e.g. `404 text/plain`. */
  reason?: string;
  descriptors: Descriptor[];
  /** The source applied the artifactType filter (OCI-Filters-Applied). */
  filtered?: boolean;
  pages?: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number | 'timeout' | 'network-error';
  ms: number;
  /** When it started: ms since the client was created (requests overlap when issued at once). */
  at?: number;
}

export interface ContentSource {
  /** Where the content comes from, for messages. */
  readonly location: string;
  /** Fetch a manifest by tag or digest; undefined when it does not exist (404). */
  manifest(reference: string): Promise<FetchedManifest | undefined>;
  /** Fetch a blob, verifying its size and digest against the descriptor. */
  blob(descriptor: Descriptor, maxBytes: number): Promise<Uint8Array>;
  /** The referrers API (or the layout's equivalent: a scan for manifests with this subject). */
  referrers(digest: string, artifactType?: string): Promise<ReferrersListing>;
  /** Every request made so far (evidence). */
  readonly requests: RequestRecord[];
}
