-- The cascade: a child unit or an employee may have no baseline of its own (a new team, a joiner), which is not the
-- same as a measured zero. Company goals keep theirs (the goal service refuses a goal without data); child rows
-- store null value, numerator and denominator when there is no history to measure.
alter table goal alter column baseline_value drop not null;
alter table goal alter column baseline_numerator drop not null;
alter table goal alter column baseline_denominator drop not null;
-- "My targets": an employee's own rows of the cascade.
create index ix_goal_employee on goal (employee_id);
