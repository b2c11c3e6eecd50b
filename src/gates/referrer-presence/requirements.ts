/** The `require` input: which kinds of attachment must be present, as short names or media types. */
import { InputError } from '../../core/errors.js';
import {
  CYCLONEDX_JSON,
  CYCLONEDX_TYPES,
  IN_TOTO,
  isSigstoreBundleType,
  SIGSTORE_BUNDLE_V03,
  SPDX_JSON,
  SPDX_TYPES
} from '../../oci/media-types.js';

/**
 * What an attachment proves, once verified. `type:<mediaType>` is a bare artifact type the gate
 * has no content check for (matched on the manifest's own artifactType).
 */
export type Kind =
  | 'spdx'
  | 'cyclonedx'
  | 'in-toto'
  | 'slsa-provenance'
  | 'sigstore-bundle'
  | 'signature'
  | `type:${string}`;

export interface Requirement {
  /** As the user wrote it; the key of the `found` output. */
  name: string;
  kind: Kind;
  /** The artifactType to ask a referrers API to filter on, when there is one obvious type. */
  filterType?: string;
}

export const SHORT_NAMES = ['spdx', 'cyclonedx', 'slsa-provenance', 'signature', 'in-toto'];

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(;.*)?$/i;

export function parseRequirement(text: string): Requirement {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (lower === 'spdx' || SPDX_TYPES.has(lower))
    return { name: t, kind: 'spdx', filterType: SPDX_JSON };
  if (lower === 'cyclonedx' || CYCLONEDX_TYPES.has(lower)) {
    return { name: t, kind: 'cyclonedx', filterType: CYCLONEDX_JSON };
  }
  if (lower === 'slsa-provenance' || lower === 'provenance')
    return { name: t, kind: 'slsa-provenance' };
  if (lower === 'signature') return { name: t, kind: 'signature' };
  if (lower === 'in-toto' || lower === IN_TOTO)
    return { name: t, kind: 'in-toto', filterType: IN_TOTO };
  if (isSigstoreBundleType(lower)) {
    return { name: t, kind: 'sigstore-bundle', filterType: SIGSTORE_BUNDLE_V03 };
  }
  if (MEDIA_TYPE.test(t)) return { name: t, kind: `type:${t}`, filterType: t };
  throw new InputError(
    'require',
    `'${t}' is neither a short name (${SHORT_NAMES.join(', ')}) nor a media type such as application/spdx+json`
  );
}

export function parseRequirements(list: string[]): Requirement[] {
  if (list.length === 0) {
    throw new InputError(
      'require',
      `is empty; list at least one of ${SHORT_NAMES.join(', ')} or a media type`
    );
  }
  const out: Requirement[] = [];
  for (const item of list) {
    const r = parseRequirement(item);
    if (!out.some((o) => o.kind === r.kind)) out.push(r);
  }
  return out;
}
