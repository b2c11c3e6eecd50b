-- dbt test unique(run_id) on pipeline_runs_all: every row returned is a failure.
SELECT run_id, COUNT(*) AS n
FROM `ci_intel.pipeline_runs_all`
GROUP BY run_id
HAVING COUNT(*) > 1;
