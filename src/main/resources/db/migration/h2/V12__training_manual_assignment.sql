-- Manual assignments name who assigned them (rule assignments leave it empty).
alter table training_assignment add column assigned_by bigint;
alter table training_assignment add constraint fk_training_assignment_assigned_by
    foreign key (assigned_by) references employee (id);
