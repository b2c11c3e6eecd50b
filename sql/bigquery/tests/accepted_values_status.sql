-- dbt test accepted_values(status: success, failed, canceled, skipped) on pipeline_runs_all.
-- A NULL status fails too (the schema requires status).
SELECT run_id, status
FROM `ci_intel.pipeline_runs_all`
WHERE status IS NULL OR status NOT IN ('success', 'failed', 'canceled', 'skipped');
