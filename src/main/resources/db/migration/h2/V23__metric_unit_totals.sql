-- Per org unit, metric and day: Σnumerator and Σdenominator of everybody whose unit lies in the unit's subtree (see the
-- PostgreSQL migration). On H2 the rollup and org changes are logged by one Java trigger, UnitTotalsTrigger, row by row.
create table metric_unit_total (
    org_unit_id  bigint         not null,
    metric_id    bigint         not null,
    activity_day date           not null,
    numerator    numeric(30, 6) not null,
    denominator  numeric(30, 6) not null,
    primary key (org_unit_id, metric_id, activity_day)
);

create table metric_unit_total_pending (
    org_unit_id  bigint         not null,
    metric_id    bigint         not null,
    activity_day date           not null,
    numerator    numeric(30, 6) not null,
    denominator  numeric(30, 6) not null
);

create table metric_unit_total_lock (
    id integer primary key
);
insert into metric_unit_total_lock (id) values (1);

insert into metric_unit_total (org_unit_id, metric_id, activity_day, numerator, denominator)
with recursive tree (unit_id, ancestor_id) as (
    select id, id from org_unit
    union all
    select t.unit_id, u.parent_id from tree t join org_unit u on u.id = t.ancestor_id where u.parent_id is not null
)
select t.ancestor_id, d.metric_id, d.activity_day, sum(d.numerator), sum(d.denominator)
from metric_daily d join employee e on e.id = d.employee_id join tree t on t.unit_id = e.org_unit_id
group by t.ancestor_id, d.metric_id, d.activity_day;

create trigger metric_daily_unit_totals after insert, update, delete on metric_daily for each row
    call 'app.uptake.metrics.internal.UnitTotalsTrigger';
create trigger employee_unit_totals after update on employee for each row
    call 'app.uptake.metrics.internal.UnitTotalsTrigger';
create trigger org_unit_unit_totals after update on org_unit for each row
    call 'app.uptake.metrics.internal.UnitTotalsTrigger';
