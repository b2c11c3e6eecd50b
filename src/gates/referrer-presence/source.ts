/** Chooses where the image lives (a registry or an OCI layout) and with which credentials. */
import { resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import { isDigest } from '../../oci/digest.js';
import { LayoutSource } from '../../oci/layout.js';
import { parseReference, type ImageReference } from '../../oci/reference.js';
import { RegistryClient, type Credentials } from '../../oci/registry.js';
import type { ContentSource } from '../../oci/source.js';

export interface Located {
  source: ContentSource;
  /** Tag or digest to resolve in the source. */
  reference: string;
  /** How the image was named, for messages. */
  display: string;
  /** How credentials were chosen (never the credentials). */
  auth: string;
}

/** An unevaluated `${{ … }}` default (the CLI reads action.yml defaults literally). */
function unevaluated(v: string | undefined): boolean {
  return v === undefined || v === '' || /^\$\{\{.*\}\}$/.test(v.trim());
}

export function chooseCredentials(
  ref: ImageReference,
  inputs: Inputs,
  env: GateContext['env']
): { credentials?: Credentials; auth: string } {
  const username = inputs.string('username') ?? '';
  const password = inputs.string('password') ?? '';
  if (password !== '' && !unevaluated(password)) {
    return {
      credentials: { username: username || 'token', password },
      auth: `username '${username || 'token'}' and password`
    };
  }
  if (username !== '') {
    throw new InputError('password', `username '${username}' was given without a password`);
  }
  if (ref.registry === 'ghcr.io') {
    const ghToken = inputs.string('github-token');
    const token = !unevaluated(ghToken) ? ghToken : env.GITHUB_TOKEN;
    if (token) {
      const user = env.GITHUB_ACTOR || 'token';
      return {
        credentials: { username: user, password: token },
        auth: `the job's GITHUB_TOKEN as ${user}`
      };
    }
  }
  return { auth: 'anonymous' };
}

export function locate(inputs: Inputs, ctx: GateContext, deadline: number): Located {
  const image = inputs.requireString('image').trim();
  const layout = inputs.string('oci-layout')?.trim();
  if (layout) {
    // In a layout the reference is a ref.name, a digest, or a full reference whose tag/digest counts.
    let reference = image.startsWith('@') ? image.slice(1) : image;
    if (!isDigest(reference)) {
      const at = reference.lastIndexOf('@');
      if (at >= 0) reference = reference.slice(at + 1);
      else if (reference.includes('/')) reference = reference.slice(reference.lastIndexOf(':') + 1);
    }
    const dir = resolve(ctx.workspace, layout);
    let source: LayoutSource;
    try {
      source = new LayoutSource(dir);
    } catch (err) {
      throw new InputError('oci-layout', (err as Error).message);
    }
    return { source, reference, display: `${layout}@${reference}`, auth: 'local files' };
  }
  const ref = parseReference(image);
  if (typeof ref === 'string') {
    throw new InputError(
      'image',
      `'${image}': ${ref}; write registry/repository@sha256:<hex> (or :tag)`
    );
  }
  const { credentials, auth } = chooseCredentials(ref, inputs, ctx.env);
  const source = new RegistryClient({
    ref,
    insecure: inputs.boolean('insecure'),
    credentials,
    deadline,
    secret: (s) => ctx.secret(s),
    log: (m) => ctx.log(m)
  });
  return { source, reference: ref.digest ?? (ref.tag as string), display: image, auth };
}
