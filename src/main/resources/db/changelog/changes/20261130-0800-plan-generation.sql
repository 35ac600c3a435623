--liquibase formatted sql

--changeset dangjian:20261130-0800-meeting-habit
-- When a branch usually holds a duty: the Nth weekday or a day of the month, in which month of the
-- quarter (1-3) or year (1-12), at what time and where. branch_id null = the hospital default.
create table cal_meeting_habit (
    id bigint auto_increment primary key,
    branch_id bigint,
    event_type_id bigint not null,
    week_ordinal int,
    day_of_week int,
    day_of_month int,
    period_month int,
    start_time time not null,
    duration_minutes int not null,
    place varchar(120),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_cal_habit_branch foreign key (branch_id) references party_branch (id),
    constraint fk_cal_habit_type foreign key (event_type_id) references cal_event_type (id),
    constraint uq_cal_habit unique (branch_id, event_type_id)
);
insert into cal_meeting_habit (branch_id, event_type_id, week_ordinal, day_of_week, day_of_month, period_month, start_time, duration_minutes, place, created_by, created_date)
select null, id,
    case code when 'COMMITTEE_MEETING' then 1 when 'GROUP_MEETING' then 2 when 'GENERAL_MEETING' then 3
              when 'PARTY_LECTURE' then 2 when 'ORG_LIFE_MEETING' then 2 when 'DEMOCRATIC_APPRAISAL' then 2 end,
    case code when 'COMMITTEE_MEETING' then 2 when 'GROUP_MEETING' then 4 when 'GENERAL_MEETING' then 4
              when 'PARTY_LECTURE' then 3 when 'ORG_LIFE_MEETING' then 3 when 'DEMOCRATIC_APPRAISAL' then 3 end,
    case code when 'THEMED_DAY' then 15 end,
    case code when 'GENERAL_MEETING' then 1 when 'PARTY_LECTURE' then 2
              when 'ORG_LIFE_MEETING' then 11 when 'DEMOCRATIC_APPRAISAL' then 12 end,
    case code when 'COMMITTEE_MEETING' then '12:00:00' when 'GROUP_MEETING' then '12:00:00' else '16:00:00' end,
    round(default_hours * 60), null, 'system', now()
from cal_event_type
where code in ('COMMITTEE_MEETING', 'GROUP_MEETING', 'GENERAL_MEETING', 'PARTY_LECTURE', 'THEMED_DAY',
               'ORG_LIFE_MEETING', 'DEMOCRATIC_APPRAISAL');
--rollback drop table cal_meeting_habit;

--changeset dangjian:20261130-0800-holiday
-- Public holidays and the weekend days worked instead (调休, working_day = 1). The administrator
-- corrects them; 2027 is provisional until the State Council publishes it (see decision 0019).
create table cal_holiday (
    id bigint auto_increment primary key,
    day date not null,
    name varchar(40) not null,
    working_day bit not null default 0,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_cal_holiday_day unique (day)
);
create temporary table tmp_holiday (day date, name varchar(40), working_day bit);
insert into tmp_holiday values
('2026-01-01','元旦',0),('2026-01-02','元旦',0),('2026-01-03','元旦',0),('2026-01-04','元旦调休上班',1),
('2026-02-14','春节调休上班',1),('2026-02-15','春节',0),('2026-02-16','春节',0),('2026-02-17','春节',0),
('2026-02-18','春节',0),('2026-02-19','春节',0),('2026-02-20','春节',0),('2026-02-21','春节',0),
('2026-02-22','春节',0),('2026-02-23','春节',0),('2026-02-28','春节调休上班',1),
('2026-04-04','清明节',0),('2026-04-05','清明节',0),('2026-04-06','清明节',0),
('2026-05-01','劳动节',0),('2026-05-02','劳动节',0),('2026-05-03','劳动节',0),('2026-05-04','劳动节',0),
('2026-05-05','劳动节',0),('2026-05-09','劳动节调休上班',1),
('2026-06-19','端午节',0),('2026-06-20','端午节',0),('2026-06-21','端午节',0),
('2026-09-20','国庆节调休上班',1),('2026-09-25','中秋节',0),('2026-09-26','中秋节',0),('2026-09-27','中秋节',0),
('2026-10-01','国庆节',0),('2026-10-02','国庆节',0),('2026-10-03','国庆节',0),('2026-10-04','国庆节',0),
('2026-10-05','国庆节',0),('2026-10-06','国庆节',0),('2026-10-07','国庆节',0),('2026-10-10','国庆节调休上班',1),
('2027-01-01','元旦',0),('2027-01-02','元旦',0),('2027-01-03','元旦',0),
('2027-02-05','春节',0),('2027-02-06','春节',0),('2027-02-07','春节',0),('2027-02-08','春节',0),
('2027-02-09','春节',0),('2027-02-10','春节',0),('2027-02-11','春节',0),
('2027-04-03','清明节',0),('2027-04-04','清明节',0),('2027-04-05','清明节',0),
('2027-05-01','劳动节',0),('2027-05-02','劳动节',0),('2027-05-03','劳动节',0),('2027-05-04','劳动节',0),
('2027-05-05','劳动节',0),
('2027-06-09','端午节',0),('2027-09-15','中秋节',0),
('2027-10-01','国庆节',0),('2027-10-02','国庆节',0),('2027-10-03','国庆节',0),('2027-10-04','国庆节',0),
('2027-10-05','国庆节',0),('2027-10-06','国庆节',0),('2027-10-07','国庆节',0);
insert into cal_holiday (day, name, working_day, created_by, created_date)
select day, name, working_day, 'system', now() from tmp_holiday;
drop temporary table tmp_holiday;
--rollback drop table cal_holiday;

--changeset dangjian:20261130-0800-event-plan-period
-- The duty period a generated event was planned for (M2027-03, Q2027-1, Y2027): generation never
-- plans a period twice, even after the event was moved out of it or cancelled.
alter table cal_event add column plan_period varchar(12);
create unique index uq_cal_event_plan on cal_event (branch_id, event_type_id, plan_period);
--rollback drop index uq_cal_event_plan on cal_event; alter table cal_event drop column plan_period;
