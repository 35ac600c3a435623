--liquibase formatted sql

--changeset dangjian:20261130-0700-branch-founded-on
-- The day a branch was founded: duties are owed from it (docs/decisions/0018-duties-from-founding-date.md).
-- Existing rows take the day they were created; the demo data sets earlier, realistic dates itself.
alter table party_branch add column founded_on date null;
update party_branch set founded_on = coalesce(cast(created_date as date), current_date);
alter table party_branch modify founded_on date not null;
--rollback alter table party_branch drop column founded_on;
