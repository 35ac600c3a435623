--liquibase formatted sql

--changeset dangjian:20261123-1100-calendar
create table cal_event_type (
    id bigint auto_increment primary key,
    code varchar(40) not null,
    name_zh varchar(60) not null,
    name_en varchar(80) not null,
    color varchar(7) not null,
    counts_compliance bit not null default 0,
    study bit not null default 0,
    default_hours double not null default 1,
    sort_order int not null default 0,
    active bit not null default 1,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_cal_type_code unique (code)
);

create table cal_duty_rule (
    id bigint auto_increment primary key,
    event_type_id bigint not null,
    recurrence varchar(20) not null,
    window_month int,
    window_day int,
    applies_serving bit not null default 1,
    applies_retiree bit not null default 1,
    active bit not null default 1,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_cal_rule_type foreign key (event_type_id) references cal_event_type (id)
);

create table cal_event (
    id bigint auto_increment primary key,
    branch_id bigint not null,
    event_type_id bigint not null,
    title varchar(120) not null,
    start_at datetime not null,
    end_at datetime not null,
    place varchar(120),
    partners varchar(300),
    audience varchar(20) not null,
    status varchar(20) not null,
    held_date date,
    minutes varchar(500),
    pairing_id bigint,
    pairing_goal_id bigint,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_cal_event_branch foreign key (branch_id) references party_branch (id),
    constraint fk_cal_event_type foreign key (event_type_id) references cal_event_type (id)
);
create index ix_cal_event_start on cal_event (start_at);
create index ix_cal_event_branch_start on cal_event (branch_id, start_at);

create table cal_attendance (
    id bigint auto_increment primary key,
    event_id bigint not null,
    member_id bigint not null,
    status varchar(20),
    leave_reason varchar(200),
    signed_in_at datetime,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_cal_att_event foreign key (event_id) references cal_event (id) on delete cascade,
    constraint fk_cal_att_member foreign key (member_id) references party_member (id),
    constraint uq_cal_att unique (event_id, member_id)
);
create index ix_cal_att_member on cal_attendance (member_id);

create table cal_event_photo (
    id bigint auto_increment primary key,
    event_id bigint not null,
    file_name varchar(200) not null,
    content_type varchar(50) not null,
    size_bytes bigint not null,
    data longblob not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_cal_photo_event foreign key (event_id) references cal_event (id) on delete cascade
);

create table cal_feed_token (
    id bigint auto_increment primary key,
    token varchar(64) not null,
    branch_id bigint,
    member_id bigint,
    owner_username varchar(50) not null,
    revoked bit not null default 0,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_cal_feed_token unique (token),
    constraint fk_cal_feed_branch foreign key (branch_id) references party_branch (id),
    constraint fk_cal_feed_member foreign key (member_id) references party_member (id)
);

--changeset dangjian:20261123-1100-calendar-types
insert into cal_event_type (code, name_zh, name_en, color, counts_compliance, study, default_hours, sort_order, created_by, created_date) values
('GENERAL_MEETING', '支部党员大会', 'Branch general meeting', '#c8102e', 1, 0, 2, 10, 'system', now()),
('COMMITTEE_MEETING', '支委会', 'Branch committee meeting', '#e07b00', 1, 0, 1.5, 20, 'system', now()),
('GROUP_MEETING', '党小组会', 'Party group meeting', '#b8860b', 1, 0, 1, 30, 'system', now()),
('PARTY_LECTURE', '党课', 'Party lecture', '#8e24aa', 1, 1, 2, 40, 'system', now()),
('THEMED_DAY', '主题党日', 'Themed Party day', '#1e88e5', 1, 0, 3, 50, 'system', now()),
('ORG_LIFE_MEETING', '组织生活会', 'Organisational life meeting', '#6d4c41', 1, 0, 3, 60, 'system', now()),
('DEMOCRATIC_APPRAISAL', '民主评议党员', 'Democratic appraisal of members', '#455a64', 1, 0, 2, 70, 'system', now()),
('JOINT_ACTIVITY', '联建活动', 'Joint activity (pairing)', '#00897b', 0, 0, 3, 80, 'system', now()),
('VOLUNTEER_SERVICE', '义诊/健康宣教/志愿服务', 'Free clinic / health talk / volunteer service', '#43a047', 0, 0, 4, 90, 'system', now()),
('STUDY_SESSION', '集中学习', 'Study session', '#5e35b1', 0, 1, 2, 100, 'system', now()),
('HOSPITAL_EVENT', '全院活动', 'Hospital-wide event', '#d81b60', 0, 0, 2, 110, 'system', now());

-- Defaults of the 2018 branch work regulation (中国共产党支部工作条例(试行)). Retiree branches keep the
-- quarterly and yearly duties and the monthly committee meeting, but hold a themed day quarterly and no group meetings.
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'QUARTERLY', null, 1, 1, 'system', now() from cal_event_type where code = 'GENERAL_MEETING';
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'MONTHLY', null, 1, 1, 'system', now() from cal_event_type where code = 'COMMITTEE_MEETING';
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'MONTHLY', null, 1, 0, 'system', now() from cal_event_type where code = 'GROUP_MEETING';
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'QUARTERLY', null, 1, 1, 'system', now() from cal_event_type where code = 'PARTY_LECTURE';
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'MONTHLY', null, 1, 0, 'system', now() from cal_event_type where code = 'THEMED_DAY';
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'QUARTERLY', null, 0, 1, 'system', now() from cal_event_type where code = 'THEMED_DAY';
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'YEARLY', 12, 1, 1, 'system', now() from cal_event_type where code = 'ORG_LIFE_MEETING';
insert into cal_duty_rule (event_type_id, recurrence, window_month, applies_serving, applies_retiree, created_by, created_date)
select id, 'YEARLY', 12, 1, 1, 'system', now() from cal_event_type where code = 'DEMOCRATIC_APPRAISAL';
