--liquibase formatted sql

--changeset dangjian:20261130-0900-branch-dissolved-on
-- The day a branch was dissolved (撤销): its future planned events are cancelled, it gets no new plans
-- (docs/decisions/0020-plan-lifecycle.md). Null while it serves.
alter table party_branch add column dissolved_on date null;
--rollback alter table party_branch drop column dissolved_on;

--changeset dangjian:20261130-0900-event-cancel-reason-confirmed
-- Why an event was cancelled (by its secretary, or because its branch was dissolved), and when its
-- secretary confirmed a generated event's date and place (null: generated and not yet looked at).
alter table cal_event add column cancel_reason varchar(200) null, add column confirmed_at datetime(6) null;
--rollback alter table cal_event drop column cancel_reason, drop column confirmed_at;
