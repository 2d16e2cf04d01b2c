-- Goal map progress: a unit's goal sums one metric over a period for everybody in the unit. PostgreSQL gets an index
-- on metric and day that carries the sums (index-only scans); H2 has no included columns and gets the same key.
create index ix_metric_daily_metric_day_sums on metric_daily (metric_id, activity_day, employee_id);
