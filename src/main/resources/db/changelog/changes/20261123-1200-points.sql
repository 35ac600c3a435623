--liquibase formatted sql

--changeset dangjian:20261123-1200-points
create table points_settings (
    id bigint auto_increment primary key,
    base_points int not null default 60,
    open_year int not null,
    band_excellent int not null default 90,
    band_good int not null default 80,
    band_pass int not null default 60,
    study_hours_target int not null default 32,
    shortlist_top_n int not null default 10,
    shortlist_threshold int not null default 90,
    member_visibility varchar(20) not null default 'OWN_RANK',
    secretary_visibility varchar(20) not null default 'FULL',
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6)
);

create table points_rule (
    id bigint auto_increment primary key,
    code varchar(40) not null,
    name varchar(100) not null,
    category varchar(30) not null,
    points int not null,
    min_points int not null,
    max_points int not null,
    cap_day int,
    cap_month int,
    cap_year int,
    event_type_codes varchar(300),
    event_trigger varchar(20),
    active bit not null default 1,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_points_rule_code unique (code)
);

-- The append-only ledger: rows are only ever inserted. seq and hash chain the member's entries.
create table points_entry (
    id bigint auto_increment primary key,
    member_id bigint not null,
    branch_id bigint not null,
    rule_id bigint not null,
    points int not null,
    entry_date date not null,
    source_type varchar(20) not null,
    source_id bigint,
    reverses_id bigint,
    reason varchar(300),
    recorded_by varchar(100) not null,
    approved_by varchar(100),
    seq int not null,
    prev_hash char(64) not null,
    hash char(64) not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_points_entry_seq unique (member_id, seq)
);
create index ix_points_entry_rule on points_entry (member_id, rule_id, entry_date);
create index ix_points_entry_date on points_entry (member_id, entry_date);
create index ix_points_entry_source on points_entry (source_type, source_id, member_id);

-- One row per member: the head of the member's hash chain and the lock that serialises awards to them.
create table points_chain_head (
    member_id bigint primary key,
    seq int not null,
    last_hash char(64) not null
);

-- Maintained net points per member and period (yyyy00 year, yyyy2q quarter, yyyymm month).
create table points_total (
    member_id bigint not null,
    period int not null,
    branch_id bigint not null,
    net int not null,
    primary key (member_id, period)
);
create index ix_points_total_rank on points_total (period, net, member_id);
create index ix_points_total_branch on points_total (period, branch_id, net, member_id);

-- How many members have each net score, per scope (0 = whole hospital, else a branch) and period.
create table points_histogram (
    scope_id bigint not null,
    period int not null,
    net int not null,
    members int not null,
    primary key (scope_id, period, net)
);

-- The state each calendar event last left a member in: the unique key that makes awards exactly-once.
create table points_event_member (
    event_id bigint not null,
    member_id bigint not null,
    state varchar(20) not null,
    study_hours decimal(6, 2) not null default 0,
    primary key (event_id, member_id)
);

create table points_event_lock (
    event_id bigint primary key
);

create table points_study (
    member_id bigint not null,
    study_year int not null,
    hours decimal(8, 2) not null,
    primary key (member_id, study_year)
);

create table points_submission (
    id bigint auto_increment primary key,
    batch_key varchar(40) not null,
    member_id bigint not null,
    branch_id bigint not null,
    rule_id bigint not null,
    points int not null,
    entry_date date not null,
    note varchar(300),
    status varchar(20) not null,
    submitted_by varchar(100) not null,
    decided_by varchar(100),
    decided_at datetime(6),
    decision_reason varchar(300),
    entry_id bigint,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_points_submission_rule foreign key (rule_id) references points_rule (id)
);
create index ix_points_submission_status on points_submission (status, created_date);
create index ix_points_submission_branch on points_submission (branch_id, status);

--changeset dangjian:20261123-1200-points-defaults
insert into points_settings (open_year, version, created_by, created_date) values (year(now()), 0, 'system', now(6));
insert into points_rule (code, name, category, points, min_points, max_points, cap_day, cap_month, cap_year, event_type_codes, event_trigger, version, created_by, created_date) values
('MEETING_ATTEND', '三会一课出席', 'ORG_LIFE', 3, 0, 3, null, null, 12, 'GENERAL_MEETING,COMMITTEE_MEETING,GROUP_MEETING,PARTY_LECTURE,ORG_LIFE_MEETING,DEMOCRATIC_APPRAISAL', 'ATTEND', 0, 'system', now(6)),
('THEMED_DAY_ATTEND', '主题党日出席', 'ORG_LIFE', 2, 0, 2, null, null, 8, 'THEMED_DAY', 'ATTEND', 0, 'system', now(6)),
('GROUP_STUDY', '集中学习', 'STUDY', 2, 0, 2, null, null, 12, 'STUDY_SESSION', 'ATTEND', 0, 'system', now(6)),
('STUDY_NOTES', '学习笔记', 'STUDY', 1, 0, 1, null, null, 4, null, null, 0, 'system', now(6)),
('EXTERNAL_TALK', '对外宣讲', 'STUDY', 5, 1, 5, null, null, null, null, null, 0, 'system', now(6)),
('ARTICLE', '发表文章', 'HONOUR', 3, 1, 3, null, null, null, null, null, 0, 'system', now(6)),
('VOLUNTEER', '志愿服务/义诊', 'VOLUNTEER', 3, 1, 5, 5, null, 30, 'VOLUNTEER_SERVICE', 'ATTEND', 0, 'system', now(6)),
('PAIRING_ACTIVITY', '联建活动', 'PAIRING', 2, 1, 3, null, null, 12, 'JOINT_ACTIVITY', 'ATTEND', 0, 'system', now(6)),
('HOSPITAL_EVENT', '全院活动', 'ORG_LIFE', 1, 0, 1, null, null, 6, 'HOSPITAL_EVENT', 'ATTEND', 0, 'system', now(6)),
('VANGUARD', '党员先锋岗', 'VANGUARD', 5, 1, 10, null, null, 10, null, null, 0, 'system', now(6)),
('HONOUR', '获得表彰', 'HONOUR', 5, 1, 10, null, null, null, null, null, 0, 'system', now(6)),
('MISSED_MEETING', '无故缺席三会一课或主题党日', 'DISCIPLINE', -2, -2, -2, null, null, null, 'GENERAL_MEETING,COMMITTEE_MEETING,GROUP_MEETING,PARTY_LECTURE,THEMED_DAY,ORG_LIFE_MEETING', 'ABSENT', 0, 'system', now(6)),
('UNPAID_DUES', '欠缴党费超过6个月', 'DISCIPLINE', -2, -2, -2, null, null, null, null, null, 0, 'system', now(6)),
('DISCIPLINE', '违反纪律', 'DISCIPLINE', -5, -20, -1, null, null, null, null, null, 0, 'system', now(6));
