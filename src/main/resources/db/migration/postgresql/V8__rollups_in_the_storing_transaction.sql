-- Rollups are written in the transaction that stores the events; nothing is left for later.
drop table metric_rollup_pending;

-- Every rollup query names its employees, which the primary key serves; a second index only slowed ingestion.
drop index ix_metric_daily_metric_day;
