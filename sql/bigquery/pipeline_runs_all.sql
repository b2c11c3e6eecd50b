-- pipeline_runs_all (BigQuery): the compatibility view that unions pipeline_run v1.1 and v1.2
-- records, one row per record, with the v1.2 columns. The raw tables are loaded from NDJSON with
-- the generated table schemas (schema/bigquery/pipeline_run.v1.<n>.json; docs/telemetry-warehouse.md):
--   ci_intel.pipeline_runs_v1_2  (schema/bigquery/pipeline_run.v1.2.json)
--   ci_intel.pipeline_runs_v1_1  (schema/bigquery/pipeline_run.v1.1.json)
-- Replace `ci_intel` with your dataset. In dbt, the same SELECT is the model pipeline_runs_all with
-- the two tables as sources (sql/bigquery/dbt/schema.yml).
--
-- v1.1 differs from v1.2 in one place: flakiness_index sits under tests.resilience. The v1.1 branch
-- lifts it to the top level and rebuilds `tests` without it, so both branches have the same column
-- types (UNION ALL matches by position) and a v1.1 record gives the row of its v1.2 migration.
-- The fields v1.2 added (signature_uri, release_evidence_uri, canary, policies) are not in the
-- v1.1 table: NULL (policies: an empty array, BigQuery's absent REPEATED field).
-- The embedded-engine equivalent, tested on the same records: sql/sqlite/pipeline_runs_all.sql.
CREATE OR REPLACE VIEW `ci_intel.pipeline_runs_all` AS
SELECT
  schema,
  run_id,
  repo,
  commit_sha,
  branch,
  pr,
  started_at,
  ended_at,
  status,
  queue_ms,
  artifact_bytes,
  environment,
  deployment_id,
  rollout_step,
  strategy,
  image_digest,
  sbom_uri,
  provenance_uri,
  signature_uri,
  release_evidence_uri,
  runner_os,
  runner_type,
  region,
  spot,
  carbon_g_co2e,
  energy,
  cache_keys,
  flakiness_index,
  canary_metrics,
  canary,
  rollback_reason,
  jobs,
  tests,
  chaos,
  autopsy,
  policies,
  cost
FROM `ci_intel.pipeline_runs_v1_2`
UNION ALL
SELECT
  schema,
  run_id,
  repo,
  commit_sha,
  branch,
  pr,
  started_at,
  ended_at,
  status,
  queue_ms,
  artifact_bytes,
  environment,
  deployment_id,
  rollout_step,
  strategy,
  image_digest,
  sbom_uri,
  provenance_uri,
  CAST(NULL AS STRING) AS signature_uri,
  CAST(NULL AS STRING) AS release_evidence_uri,
  runner_os,
  runner_type,
  region,
  spot,
  carbon_g_co2e,
  energy,
  cache_keys,
  tests.resilience.flakiness_index AS flakiness_index,
  canary_metrics,
  CAST(NULL AS STRUCT<decision STRING, recorded_at TIMESTAMP, `window` STRUCT<start TIMESTAMP, `end` TIMESTAMP>, query STRING, metrics_uri STRING>) AS canary,
  rollback_reason,
  jobs,
  STRUCT(
    tests.total AS total,
    tests.failed AS failed,
    tests.skipped AS skipped,
    tests.duration_ms AS duration_ms,
    tests.coverage AS coverage,
    STRUCT(
      tests.resilience.mutants_total AS mutants_total,
      tests.resilience.killed AS killed,
      tests.resilience.equiv AS equiv,
      tests.resilience.timeout AS timeout,
      tests.resilience.score AS score,
      tests.resilience.delta_vs_main AS delta_vs_main,
      tests.resilience.equivalent_mutants_dropped AS equivalent_mutants_dropped
    ) AS resilience
  ) AS tests,
  chaos,
  autopsy,
  CAST([] AS ARRAY<STRUCT<id STRING, result STRING, reason STRING, docs_uri STRING, time_ns INT64>>) AS policies,
  cost
FROM `ci_intel.pipeline_runs_v1_1`;
