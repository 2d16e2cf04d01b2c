-- The attainment thresholds that turn goal progress into a status, set by the program office: from
-- on_track_percent of the expected-to-date a target is on track, from at_risk_percent at risk, below off track.
-- One row for the company (id 1), seeded with the defaults.
create table goal_status_threshold (
    id               integer       primary key,
    on_track_percent numeric(5, 2) not null,
    at_risk_percent  numeric(5, 2) not null,
    updated_at       timestamp     not null,
    updated_by       varchar(200)  not null,
    constraint ck_goal_status_threshold_single check (id = 1),
    constraint ck_goal_status_threshold_range check (at_risk_percent >= 0 and on_track_percent <= 200),
    constraint ck_goal_status_threshold_order check (on_track_percent > at_risk_percent)
);
insert into goal_status_threshold (id, on_track_percent, at_risk_percent, updated_at, updated_by)
values (1, 95.00, 80.00, current_timestamp, 'system');
