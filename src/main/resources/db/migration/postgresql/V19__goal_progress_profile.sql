-- How a company goal expects its progress through the period: LINEAR (evenly by days) or SEASONAL (along last year's
-- profile of the same scope). Set on the company goal; its cascade follows it.
alter table goal add column progress_profile varchar(16) default 'LINEAR' not null;
