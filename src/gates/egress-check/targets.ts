/** Which destinations to probe, from the inputs. */
import { InputError } from '../../core/errors.js';
import type { Inputs } from '../../core/inputs.js';
import { DEFAULT_DENIED } from '../../egress/defaults.js';
import {
  Allowlist,
  EndpointError,
  parseEndpoints,
  splitEndpoints
} from '../../egress/endpoints.js';
import { MAX_PROBES, parseProbeTarget, type ProbeTarget } from '../../egress/probe.js';

export interface Targets {
  allowlist: Allowlist;
  /** The user's own entries (without the runner's implicit ones). */
  userEntries: string[];
  denied: ProbeTarget[];
  allowed: ProbeTarget[];
  /** Default denied destinations skipped because the allowlist covers them. */
  skippedDefaults: string[];
}

export function parseAllowlist(input: string, entries: string[]): Allowlist {
  const { endpoints, errors } = parseEndpoints(entries);
  if (errors.length) {
    throw new InputError(
      input,
      `${errors.map((e) => e.message).join('; ')} (expected host:port, *.domain:port, an IP or a CIDR)`
    );
  }
  return new Allowlist(endpoints);
}

function probeTargets(input: string, entries: string[]): ProbeTarget[] {
  const out: ProbeTarget[] = [];
  for (const e of entries) {
    try {
      out.push(parseProbeTarget(e));
    } catch (err) {
      if (err instanceof EndpointError)
        throw new InputError(input, `${err.message} (expected host:port or ip:port)`);
      throw err;
    }
  }
  return out;
}

/** Whether a probe destination is covered by the allowlist (by name, or as a literal address). */
export function targetAllowed(allowlist: Allowlist, t: ProbeTarget): boolean {
  return t.literal
    ? allowlist.addressAllowed(t.host, t.port)
    : allowlist.portsForName(t.host).includes(t.port);
}

export function buildTargets(inputs: Inputs, implicit: string[]): Targets {
  const userEntries = splitEndpoints(inputs.string('allowed-endpoints') ?? '');
  const allowlist = parseAllowlist('allowed-endpoints', [...userEntries, ...implicit]);
  const userList = parseAllowlist('allowed-endpoints', userEntries);

  const deniedGiven = inputs.has('probe-denied');
  const deniedRaw = deniedGiven
    ? splitEndpoints(inputs.string('probe-denied') ?? '')
    : DEFAULT_DENIED;
  const skippedDefaults: string[] = [];
  const denied: ProbeTarget[] = [];
  for (const t of probeTargets('probe-denied', deniedRaw)) {
    if (!targetAllowed(allowlist, t)) denied.push(t);
    else if (deniedGiven) {
      throw new InputError(
        'probe-denied',
        `'${t.raw}' is also allowed by allowed-endpoints; a destination cannot be both`
      );
    } else skippedDefaults.push(t.raw);
  }

  let allowed: ProbeTarget[];
  if (inputs.has('probe-allowed')) {
    allowed = probeTargets('probe-allowed', splitEndpoints(inputs.string('probe-allowed') ?? ''));
    for (const t of allowed) {
      if (!targetAllowed(allowlist, t)) {
        throw new InputError(
          'probe-allowed',
          `'${t.raw}' is not covered by allowed-endpoints, so the policy would block it`
        );
      }
    }
  } else {
    // The allowlist's own hosts: every name, and every single address given with a port.
    allowed = [];
    for (const e of userList.endpoints) {
      if (e.kind === 'name')
        allowed.push({ raw: e.raw, host: e.host, port: e.port, literal: false });
      if (
        e.kind === 'address' &&
        e.port !== undefined &&
        e.prefix === (e.family === 4 ? 32 : 128)
      ) {
        allowed.push({ raw: e.raw, host: e.address, port: e.port, literal: true });
      }
    }
  }
  if (denied.length + allowed.length > MAX_PROBES) {
    throw new InputError(
      denied.length > allowed.length ? 'probe-denied' : 'probe-allowed',
      `${denied.length + allowed.length} destinations to probe; at most ${MAX_PROBES} per run (set probe-allowed / probe-denied explicitly)`
    );
  }
  return { allowlist, userEntries, denied, allowed, skippedDefaults };
}
