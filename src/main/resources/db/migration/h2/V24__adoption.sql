-- The adoption index: settings of the program office, weekly snapshots per employee and per org unit, and the
-- past weeks that late activity made dirty (recomputed by the next snapshot job).

-- One row for the company (id 1). Weights in per cent, summing to 100. The row is also the lock that makes
-- snapshot runs take turns (select ... for update).
create table adoption_settings (
    id                           integer       primary key,
    weight_usage                 numeric(5, 2) not null,
    weight_logging               numeric(5, 2) not null,
    weight_quality               numeric(5, 2) not null,
    weight_training              numeric(5, 2) not null,
    weight_goals                 numeric(5, 2) not null,
    min_group_size               integer       not null,
    works_council_mode           boolean       not null,
    executives_drill_individuals boolean       not null,
    updated_at                   timestamp     not null,
    updated_by                   varchar(200)  not null,
    constraint ck_adoption_settings_single check (id = 1),
    constraint ck_adoption_settings_weights check (weight_usage + weight_logging + weight_quality + weight_training
        + weight_goals = 100),
    constraint ck_adoption_settings_group check (min_group_size >= 2)
);
insert into adoption_settings (id, weight_usage, weight_logging, weight_quality, weight_training, weight_goals,
    min_group_size, works_council_mode, executives_drill_individuals, updated_at, updated_by)
values (1, 30, 20, 20, 15, 15, 5, false, false, current_timestamp, 'system');

-- Customer contacts a person of the job role is expected to log per week; 0 = no norm (the component is left out).
create table adoption_activity_norm (
    job_role            varchar(40)   primary key,
    activities_per_week numeric(7, 2) not null,
    constraint ck_adoption_activity_norm check (activities_per_week >= 0)
);
insert into adoption_activity_norm (job_role, activities_per_week) values
    ('MANAGING_DIRECTOR', 3), ('SALES_DIRECTOR', 5), ('SALES_MANAGER', 8), ('ACCOUNT_EXECUTIVE', 15),
    ('KEY_ACCOUNT_MANAGER', 12), ('INSIDE_SALES', 25), ('MARKETING_MANAGER', 4), ('MARKETING_SPECIALIST', 5),
    ('SERVICE_MANAGER', 8), ('SERVICE_AGENT', 20), ('PRODUCT_MANAGER', 3), ('APPLICATION_ENGINEER', 5),
    ('HR_BUSINESS_PARTNER', 0), ('CRM_PROGRAM_MANAGER', 2);

-- One row per ISO week (its Monday) and employee; components and index in per cent, null when missing. History
-- goes with the person or unit it is about when that is erased.
create table adoption_snapshot_employee (
    week_start   date         not null,
    employee_id  bigint       not null references employee (id) on delete cascade,
    org_unit_id  bigint       not null references org_unit (id) on delete cascade,
    usage_pct    numeric(5, 2),
    logging_pct  numeric(5, 2),
    quality_pct  numeric(5, 2),
    training_pct numeric(5, 2),
    goals_pct    numeric(5, 2),
    index_pct    numeric(5, 2),
    constraint pk_adoption_snapshot_employee primary key (week_start, employee_id)
);
create index ix_adoption_snapshot_employee on adoption_snapshot_employee (employee_id, week_start);

-- One row per ISO week and org unit: everybody of the unit's subtree once; suppressed under the minimum group size
-- in force when the week was computed (reads apply the current one too).
create table adoption_snapshot_unit (
    week_start   date          not null,
    org_unit_id  bigint        not null references org_unit (id) on delete cascade,
    headcount    integer       not null,
    usage_pct    numeric(5, 2),
    logging_pct  numeric(5, 2),
    quality_pct  numeric(5, 2),
    training_pct numeric(5, 2),
    goals_pct    numeric(5, 2),
    index_pct    numeric(5, 2),
    suppressed   boolean       not null,
    constraint pk_adoption_snapshot_unit primary key (week_start, org_unit_id)
);
create index ix_adoption_snapshot_unit on adoption_snapshot_unit (org_unit_id, week_start);

-- Weeks computed, and when.
create table adoption_snapshot_week (
    week_start  date      primary key,
    employees   integer   not null,
    computed_at timestamp not null
);

-- Past weeks whose activity changed after they were computed.
create table adoption_dirty_week (
    week_start date      primary key,
    marked_at  timestamp not null
);
