-- dbt test unique(run_id) on pipeline_runs_all: every row returned is a failure.
SELECT run_id, count(*) AS n
FROM pipeline_runs_all
GROUP BY run_id
HAVING count(*) > 1;
