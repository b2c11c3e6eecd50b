-- dbt test not_null(release_evidence_uri) where environment in ('staging', 'prod') and
-- status = 'success': a successful staging or prod run must name its release evidence.
SELECT run_id, environment
FROM pipeline_runs_all
WHERE environment IN ('staging', 'prod')
  AND status = 'success'
  AND release_evidence_uri IS NULL;
