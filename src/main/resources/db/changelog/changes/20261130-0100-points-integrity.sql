--liquibase formatted sql

--changeset dangjian:20261130-0100-points-late-attendance
-- Attendance recorded more than this many days after the event waits for the office's approval.
alter table points_settings add column late_attendance_days int not null default 30;
-- The approval queue also holds late attendance: one line per (event, member) naming the state the
-- attendance asks for; approval applies it exactly as the calendar listener would have.
alter table points_submission add column source_type varchar(20) not null default 'MANUAL';
alter table points_submission add column event_id bigint;
alter table points_submission add column event_title varchar(200);
alter table points_submission add column event_held bit;
alter table points_submission add column target_state varchar(20);
alter table points_submission add column target_hours decimal(6, 2);
create index ix_points_submission_event on points_submission (event_id, member_id);
--rollback drop index ix_points_submission_event on points_submission;
--rollback alter table points_submission drop column target_hours, drop column target_state, drop column event_held, drop column event_title, drop column event_id, drop column source_type;
--rollback alter table points_settings drop column late_attendance_days;

--changeset dangjian:20261130-0100-points-deduction-caps
-- Deductions are capped like bonuses (by magnitude): at most five unexcused absences (−10) and two
-- dues findings (−4) a year. Rules an administrator already capped keep their caps.
update points_rule set cap_year = 10, last_modified_by = 'system', last_modified_date = now(6)
where code = 'MISSED_MEETING' and cap_day is null and cap_month is null and cap_year is null;
update points_rule set cap_year = 4, last_modified_by = 'system', last_modified_date = now(6)
where code = 'UNPAID_DUES' and cap_day is null and cap_month is null and cap_year is null;
