/**
 * The `run_id` of a pipeline_run record: a deterministic UUID of (repository, run id, attempt),
 * so the same attempt recorded twice (a re-run of the recorder, a backfill) gets the same id and a
 * warehouse's unique(run_id) test holds. RFC 9562 UUIDv8 (custom) built from SHA-256 of a
 * namespaced name, as its appendix B.2 describes: the first 16 bytes of the hash with the version
 * and variant bits set. The repository is lower-cased (GitHub owner/name is case-insensitive).
 */
import { createHash } from 'node:crypto';

/** Prefix of the hashed name, so other ids derived from the same triple never collide. */
export const RUN_ID_NAMESPACE = 'ci-intel/pipeline_run/v1';

export function pipelineRunId(repository: string, runId: number | string, attempt: number): string {
  const name = `${RUN_ID_NAMESPACE}\n${repository.toLowerCase()}\n${String(runId)}\n${attempt}`;
  const b = createHash('sha256').update(name, 'utf8').digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x80; // version 8
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10xx
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
