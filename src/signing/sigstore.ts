/**
 * Keyless (Sigstore) signing of cache manifests: a DSSE envelope over the exact manifest bytes,
 * signed with an ephemeral key whose Fulcio certificate binds the job's OIDC identity, and logged
 * in Rekor. Verification checks the bundle against a trusted root, then the certificate identity.
 */
import type { DSSEBundleBuilder } from '@sigstore/sign';
import { minimatch } from 'minimatch';
import { fulcioIdentity } from '../sigstore/fulcio.js';
import type { LoadedTrust } from '../sigstore/trust.js';
import { verifyWithRoots } from '../sigstore/verify.js';
import type { ManifestSigner, ManifestVerifier } from './policy.js';
import {
  describeSigstorePolicy,
  MANIFEST_PAYLOAD_TYPE,
  SigstoreSignError,
  type SigstorePolicy
} from './sigstore-names.js';
import {
  SIGNATURE_SCHEMA,
  SignatureError,
  parseSignatureDoc,
  type SignatureDoc,
  type SignerIdentity
} from './signature.js';

// The names (services, issuer, payload type, error) live in sigstore-names.ts so that callers can
// use them without loading this module's Sigstore stack.
export {
  GITHUB_ACTIONS_ISSUER,
  MANIFEST_PAYLOAD_TYPE,
  PUBLIC_FULCIO_URL,
  PUBLIC_REKOR_URL,
  SigstoreSignError,
  describeSigstorePolicy,
  type SigstorePolicy
} from './sigstore-names.js';

export interface SigstoreSignerOptions {
  /** Returns the job's OIDC token for audience `sigstore`. */
  getToken: () => Promise<string>;
  fulcioURL: string;
  /** Logged in Rekor when given (public-good); private instances timestamp instead. */
  rekorURL?: string;
  /** An RFC 3161 timestamp authority (GitHub's instance for private repositories). */
  tsaURL?: string;
  timeoutMs: number;
  /** The DSSE payload type (default: a cache manifest). */
  payloadType?: string;
}

export class SigstoreSigner implements ManifestSigner {
  constructor(private readonly o: SigstoreSignerOptions) {}

  async sign(manifest: Uint8Array): Promise<SignatureDoc> {
    // Loaded only here, so key-mode runs and restores never pay for the signing client.
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } =
      await import('@sigstore/sign');
    const fetchOptions = { timeout: this.o.timeoutMs, retry: { retries: 2 } };
    const builder = new DSSEBundleBuilder({
      signer: new FulcioSigner({
        identityProvider: { getToken: this.o.getToken },
        fulcioBaseURL: this.o.fulcioURL,
        ...fetchOptions
      }),
      witnesses: [
        ...(this.o.rekorURL
          ? [
              new RekorWitness({
                rekorBaseURL: this.o.rekorURL,
                entryType: 'intoto',
                ...fetchOptions
              })
            ]
          : []),
        ...(this.o.tsaURL ? [new TSAWitness({ tsaBaseURL: this.o.tsaURL, ...fetchOptions })] : [])
      ]
    });
    let bundle: Awaited<ReturnType<DSSEBundleBuilder['create']>>;
    try {
      bundle = await builder.create({
        data: Buffer.from(manifest),
        type: this.o.payloadType ?? MANIFEST_PAYLOAD_TYPE
      });
    } catch (err) {
      const e = err as Error & { code?: string; cause?: unknown };
      const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
      throw new SigstoreSignError(
        `keyless signing failed${e.code ? ` [${e.code}]` : ''}: ${e.message}${cause}; Fulcio ${this.o.fulcioURL}, ${this.o.rekorURL ? `Rekor ${this.o.rekorURL}` : `TSA ${this.o.tsaURL ?? '(none)'}`}`
      );
    }
    const { bundleToJSON } = await import('@sigstore/bundle');
    return { schema: SIGNATURE_SCHEMA, type: 'sigstore', bundle: bundleToJSON(bundle) };
  }
}

/** `*` in the identity glob may span `/` (a SAN ends in `@refs/heads/...`). */
function sanMatches(san: string, glob: string): boolean {
  return minimatch(san.replace(/\//g, '\u0000'), glob.replace(/\//g, '\u0000'), {
    dot: true,
    nobrace: true,
    noext: true
  });
}

export class SigstoreVerifier implements ManifestVerifier {
  constructor(
    private readonly roots: LoadedTrust[],
    private readonly policy: SigstorePolicy
  ) {}

  async verify(manifest: Uint8Array, signature: Uint8Array | undefined): Promise<SignerIdentity> {
    const doc = parseSignatureDoc(signature);
    if (doc.type !== 'sigstore') {
      throw new SignatureError(
        'untrusted-signer',
        `expected a sigstore bundle (signing: sigstore), got an ${doc.type} signature`
      );
    }
    const r = verifyWithRoots(doc.bundle, this.roots);
    if (!r.ok) {
      throw new SignatureError(
        r.malformed ? 'bad-signature' : 'untrusted-signer',
        `sigstore bundle did not verify against ${this.roots.map((t) => t.summary.source).join(', ')}: ${r.code}: ${r.message}`
      );
    }
    if (r.payloadType !== MANIFEST_PAYLOAD_TYPE) {
      throw new SignatureError(
        'bad-signature',
        `bundle payload type is ${JSON.stringify(r.payloadType)}; expected ${MANIFEST_PAYLOAD_TYPE}`
      );
    }
    if (!r.payload || !Buffer.from(manifest).equals(r.payload)) {
      throw new SignatureError(
        'bad-signature',
        'the bundle signs other bytes than manifest.json; expected the exact manifest bytes'
      );
    }
    if (!r.certificate) {
      throw new SignatureError(
        'untrusted-signer',
        'the bundle is signed with a bare key; expected a Fulcio certificate (keyless signing)'
      );
    }
    const id = fulcioIdentity(r.certificate);
    if (id.inconsistencies.length) {
      throw new SignatureError(
        'untrusted-signer',
        `the certificate contradicts itself: ${id.inconsistencies.join('; ')}`
      );
    }
    if (id.issuer !== this.policy.issuer) {
      throw new SignatureError(
        'untrusted-signer',
        `certificate issuer is ${id.issuer ?? '(none)'}; expected ${this.policy.issuer}`
      );
    }
    if (!id.san || !sanMatches(id.san, this.policy.identity)) {
      throw new SignatureError(
        'untrusted-signer',
        `signed by ${id.san ?? '(no identity)'}; expected an identity matching ${this.policy.identity} (signer)`
      );
    }
    const repository = id.sourceRepositoryURI?.replace(/^https:\/\/github\.com\//, '');
    const missing = [
      ['source repository ref (1.3.6.1.4.1.57264.1.14)', id.sourceRepositoryRef],
      ['build trigger (1.3.6.1.4.1.57264.1.20)', id.buildTrigger],
      ['source repository URI (1.3.6.1.4.1.57264.1.12)', repository]
    ].filter(([, v]) => !v);
    if (missing.length) {
      throw new SignatureError(
        'untrusted-signer',
        `the certificate lacks ${missing.map(([n]) => n).join(', ')}; expected a GitHub Actions workflow certificate`
      );
    }
    return {
      type: 'sigstore',
      id: id.san,
      claims: {
        issuer: id.issuer,
        ref: id.sourceRepositoryRef,
        event: id.buildTrigger,
        repository,
        runUrl: id.runInvocationURI
      }
    };
  }

  describe(): string {
    return describeSigstorePolicy(this.policy);
  }
}
