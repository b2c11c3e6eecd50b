-- pipeline_runs_all on the embedded engine (SQLite, node:sqlite): the compatibility view that
-- unions pipeline_run v1.1 and v1.2 records, column for column the same as
-- sql/bigquery/pipeline_runs_all.sql. One raw table per schema version holds each validated
-- NDJSON line as it was read (`doc`); objects and arrays come out as JSON text where BigQuery
-- has RECORD / REPEATED columns.
--
-- v1.1 differs from v1.2 in one place: flakiness_index sits under tests.resilience. The view
-- lifts it to the top level and removes it from tests, so a v1.1 record and its v1.2
-- migration give the same row (only `schema` still says which version was written). The fields
-- v1.2 added (signature_uri, release_evidence_uri, canary, policies) are NULL for v1.1 records.
CREATE TABLE IF NOT EXISTS pipeline_runs_v1_1 (doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pipeline_runs_v1_2 (doc TEXT NOT NULL);

CREATE VIEW IF NOT EXISTS pipeline_runs_all AS
SELECT
  doc ->> '$.schema' AS schema,
  doc ->> '$.run_id' AS run_id,
  doc ->> '$.repo' AS repo,
  doc ->> '$.commit_sha' AS commit_sha,
  doc ->> '$.branch' AS branch,
  doc ->> '$.pr' AS pr,
  doc ->> '$.started_at' AS started_at,
  doc ->> '$.ended_at' AS ended_at,
  doc ->> '$.status' AS status,
  doc ->> '$.queue_ms' AS queue_ms,
  doc ->> '$.artifact_bytes' AS artifact_bytes,
  doc ->> '$.environment' AS environment,
  doc ->> '$.deployment_id' AS deployment_id,
  doc ->> '$.rollout_step' AS rollout_step,
  doc ->> '$.strategy' AS strategy,
  doc ->> '$.image_digest' AS image_digest,
  doc ->> '$.sbom_uri' AS sbom_uri,
  doc ->> '$.provenance_uri' AS provenance_uri,
  doc ->> '$.signature_uri' AS signature_uri,
  doc ->> '$.release_evidence_uri' AS release_evidence_uri,
  doc ->> '$.runner_os' AS runner_os,
  doc ->> '$.runner_type' AS runner_type,
  doc ->> '$.region' AS region,
  doc ->> '$.spot' AS spot,
  doc ->> '$.carbon_g_co2e' AS carbon_g_co2e,
  doc -> '$.energy' AS energy,
  doc -> '$.cache_keys' AS cache_keys,
  doc ->> '$.flakiness_index' AS flakiness_index,
  doc -> '$.canary_metrics' AS canary_metrics,
  doc -> '$.canary' AS canary,
  doc ->> '$.rollback_reason' AS rollback_reason,
  doc -> '$.jobs' AS jobs,
  doc -> '$.tests' AS tests,
  doc -> '$.chaos' AS chaos,
  doc -> '$.autopsy' AS autopsy,
  doc -> '$.policies' AS policies,
  doc -> '$.cost' AS cost
FROM pipeline_runs_v1_2
UNION ALL
SELECT
  doc ->> '$.schema' AS schema,
  doc ->> '$.run_id' AS run_id,
  doc ->> '$.repo' AS repo,
  doc ->> '$.commit_sha' AS commit_sha,
  doc ->> '$.branch' AS branch,
  doc ->> '$.pr' AS pr,
  doc ->> '$.started_at' AS started_at,
  doc ->> '$.ended_at' AS ended_at,
  doc ->> '$.status' AS status,
  doc ->> '$.queue_ms' AS queue_ms,
  doc ->> '$.artifact_bytes' AS artifact_bytes,
  doc ->> '$.environment' AS environment,
  doc ->> '$.deployment_id' AS deployment_id,
  doc ->> '$.rollout_step' AS rollout_step,
  doc ->> '$.strategy' AS strategy,
  doc ->> '$.image_digest' AS image_digest,
  doc ->> '$.sbom_uri' AS sbom_uri,
  doc ->> '$.provenance_uri' AS provenance_uri,
  NULL AS signature_uri,
  NULL AS release_evidence_uri,
  doc ->> '$.runner_os' AS runner_os,
  doc ->> '$.runner_type' AS runner_type,
  doc ->> '$.region' AS region,
  doc ->> '$.spot' AS spot,
  doc ->> '$.carbon_g_co2e' AS carbon_g_co2e,
  doc -> '$.energy' AS energy,
  doc -> '$.cache_keys' AS cache_keys,
  doc ->> '$.tests.resilience.flakiness_index' AS flakiness_index,
  doc -> '$.canary_metrics' AS canary_metrics,
  NULL AS canary,
  doc ->> '$.rollback_reason' AS rollback_reason,
  doc -> '$.jobs' AS jobs,
  json_remove(doc -> '$.tests', '$.resilience.flakiness_index') AS tests,
  doc -> '$.chaos' AS chaos,
  doc -> '$.autopsy' AS autopsy,
  NULL AS policies,
  doc -> '$.cost' AS cost
FROM pipeline_runs_v1_1;
