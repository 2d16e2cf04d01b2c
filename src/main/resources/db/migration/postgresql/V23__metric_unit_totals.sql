-- Per org unit, metric and day: Σnumerator and Σdenominator of everybody whose unit lies in the unit's subtree, so that
-- a unit's figure for any period is one range sum over its own rows (the goal map reads hundreds of units at once;
-- summing their people's daily rollups took most of a second for the company). Rollup writes log their deltas to
-- metric_unit_total_pending in their own transaction (triggers below); UnitTotalsRefresher settles the log into the
-- totals, and reads add what is still pending, so figures are exact at any moment.
create table metric_unit_total (
    org_unit_id  bigint         not null,
    metric_id    bigint         not null,
    activity_day date           not null,
    numerator    numeric(30, 6) not null,
    denominator  numeric(30, 6) not null,
    primary key (org_unit_id, metric_id, activity_day)
);

-- Deltas not yet in the totals. org_unit_id is the person's unit when the rollup changed; a delta counts for that unit
-- and every unit above it in the tree as it is when the delta is settled. No key: it is written often and read whole.
create table metric_unit_total_pending (
    org_unit_id  bigint         not null,
    metric_id    bigint         not null,
    activity_day date           not null,
    numerator    numeric(30, 6) not null,
    denominator  numeric(30, 6) not null
);

-- One row, locked by whoever settles the log or moves a unit, so that they take turns.
create table metric_unit_total_lock (
    id integer primary key
);
insert into metric_unit_total_lock (id) values (1);

-- The totals of the rollups there are.
insert into metric_unit_total (org_unit_id, metric_id, activity_day, numerator, denominator)
with recursive tree (unit_id, ancestor_id) as (
    select id, id from org_unit
    union all
    select t.unit_id, u.parent_id from tree t join org_unit u on u.id = t.ancestor_id where u.parent_id is not null
), per_unit as (
    select e.org_unit_id, d.metric_id, d.activity_day, sum(d.numerator) numerator, sum(d.denominator) denominator
    from metric_daily d join employee e on e.id = d.employee_id
    group by e.org_unit_id, d.metric_id, d.activity_day
)
select t.ancestor_id, p.metric_id, p.activity_day, sum(p.numerator), sum(p.denominator)
from per_unit p join tree t on t.unit_id = p.org_unit_id
group by t.ancestor_id, p.metric_id, p.activity_day;

-- Rollup changes, one statement at a time: added rows count, removed rows count negatively, updated rows as the
-- difference. Grouped per unit, metric and day, so that a batch of a thousand events leaves a few rows per team.
create function metric_unit_total_log_added() returns trigger language plpgsql as $$
begin
    insert into metric_unit_total_pending (org_unit_id, metric_id, activity_day, numerator, denominator)
    select e.org_unit_id, n.metric_id, n.activity_day, sum(n.numerator), sum(n.denominator)
    from added n join employee e on e.id = n.employee_id
    where e.org_unit_id is not null
    group by e.org_unit_id, n.metric_id, n.activity_day;
    return null;
end
$$;

create function metric_unit_total_log_removed() returns trigger language plpgsql as $$
begin
    insert into metric_unit_total_pending (org_unit_id, metric_id, activity_day, numerator, denominator)
    select e.org_unit_id, o.metric_id, o.activity_day, -sum(o.numerator), -sum(o.denominator)
    from removed o join employee e on e.id = o.employee_id
    where e.org_unit_id is not null
    group by e.org_unit_id, o.metric_id, o.activity_day;
    return null;
end
$$;

create function metric_unit_total_log_changed() returns trigger language plpgsql as $$
begin
    insert into metric_unit_total_pending (org_unit_id, metric_id, activity_day, numerator, denominator)
    select e.org_unit_id, c.metric_id, c.activity_day, sum(c.numerator), sum(c.denominator)
    from (select employee_id, metric_id, activity_day, numerator, denominator from added
          union all
          select employee_id, metric_id, activity_day, -numerator, -denominator from removed) c
    join employee e on e.id = c.employee_id
    where e.org_unit_id is not null
    group by e.org_unit_id, c.metric_id, c.activity_day
    having sum(c.numerator) <> 0 or sum(c.denominator) <> 0;
    return null;
end
$$;

create trigger metric_daily_added after insert on metric_daily
    referencing new table as added for each statement execute function metric_unit_total_log_added();
create trigger metric_daily_removed after delete on metric_daily
    referencing old table as removed for each statement execute function metric_unit_total_log_removed();
create trigger metric_daily_changed after update on metric_daily
    referencing old table as removed new table as added for each statement execute function metric_unit_total_log_changed();

-- A person moving to another unit takes their figures along: out of the old unit's totals, into the new one's. The
-- share lock waits for rollup writers in flight (whose deltas name the old unit) and holds new ones back until the
-- move commits, so no delta is left behind in the old unit.
create function metric_unit_total_employee_moved() returns trigger language plpgsql as $$
begin
    lock table metric_daily in share mode;
    insert into metric_unit_total_pending (org_unit_id, metric_id, activity_day, numerator, denominator)
    select u.unit_id, d.metric_id, d.activity_day, u.sign * sum(d.numerator), u.sign * sum(d.denominator)
    from metric_daily d
    cross join (values (old.org_unit_id, -1), (new.org_unit_id, 1)) u (unit_id, sign)
    where d.employee_id = new.id and u.unit_id is not null
    group by u.unit_id, u.sign, d.metric_id, d.activity_day;
    return null;
end
$$;

create trigger employee_unit_totals after update of org_unit_id on employee
    for each row when (old.org_unit_id is distinct from new.org_unit_id)
    execute function metric_unit_total_employee_moved();

-- A unit moving to another parent takes its subtree's totals along: out of the old parent's line, into the new one's.
-- What is still pending below the unit is settled later along the new line. Waits for a settle in progress, whose
-- totals it moves.
create function metric_unit_total_unit_moved() returns trigger language plpgsql as $$
begin
    perform 1 from metric_unit_total_lock where id = 1 for update;
    insert into metric_unit_total_pending (org_unit_id, metric_id, activity_day, numerator, denominator)
    select u.unit_id, t.metric_id, t.activity_day, u.sign * t.numerator, u.sign * t.denominator
    from metric_unit_total t
    cross join (values (old.parent_id, -1), (new.parent_id, 1)) u (unit_id, sign)
    where t.org_unit_id = new.id and u.unit_id is not null;
    return null;
end
$$;

create trigger org_unit_unit_totals after update of parent_id on org_unit
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function metric_unit_total_unit_moved();
