--liquibase formatted sql

--changeset dangjian:20261130-0910-key-task
-- 工作要点: the Party office's key tasks of a year. owner_kind OFFICE, BRANCHES (plan_key_task_branch) or
-- ALL (every serving branch at publication). evidence_kind NONE, EVENTS (held events of a type, at least
-- evidence_count per owner branch between evidence_from and evidence_to), ATTACHMENT or NUMBER.
create table plan_key_task (
    id bigint auto_increment primary key,
    task_year int not null,
    title varchar(120) not null,
    description varchar(2000),
    category varchar(40) not null,
    owner_kind varchar(12) not null,
    due_date date not null,
    expected_result varchar(500),
    evidence_kind varchar(12) not null,
    evidence_type_code varchar(40),
    evidence_count int,
    evidence_from date,
    evidence_to date,
    published_at datetime(6),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    index ix_plan_task_year (task_year)
) engine = InnoDB;
create table plan_key_task_branch (
    task_id bigint not null,
    branch_id bigint not null,
    primary key (task_id, branch_id),
    constraint fk_plan_task_branch_task foreign key (task_id) references plan_key_task (id) on delete cascade,
    constraint fk_plan_task_branch_branch foreign key (branch_id) references party_branch (id)
) engine = InnoDB;
--rollback drop table plan_key_task_branch; drop table plan_key_task;

--changeset dangjian:20261130-0910-assignment
-- One per owner of a published task (branch_id null: the Party office itself). The state is the last
-- step's; every step is kept with who, when and why.
create table plan_assignment (
    id bigint auto_increment primary key,
    task_id bigint not null,
    branch_id bigint,
    state varchar(12) not null,
    report_text varchar(1000),
    report_number decimal(14, 2),
    reported_on date,
    reported_by varchar(100),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_plan_assignment_task foreign key (task_id) references plan_key_task (id),
    constraint fk_plan_assignment_branch foreign key (branch_id) references party_branch (id),
    constraint uq_plan_assignment unique (task_id, branch_id),
    index ix_plan_assignment_branch (branch_id, state)
) engine = InnoDB;
create table plan_assignment_step (
    id bigint auto_increment primary key,
    assignment_id bigint not null,
    from_state varchar(12),
    to_state varchar(12) not null,
    actor varchar(100) not null,
    acted_at datetime(6) not null,
    reason varchar(500),
    constraint fk_plan_step_assignment foreign key (assignment_id) references plan_assignment (id),
    index ix_plan_step_assignment (assignment_id, id)
) engine = InnoDB;
-- Held events the console found as evidence when the owner reported (entered once, in the calendar).
create table plan_assignment_event (
    assignment_id bigint not null,
    event_id bigint not null,
    primary key (assignment_id, event_id),
    constraint fk_plan_ae_assignment foreign key (assignment_id) references plan_assignment (id),
    constraint fk_plan_ae_event foreign key (event_id) references cal_event (id)
) engine = InnoDB;
--rollback drop table plan_assignment_event; drop table plan_assignment_step; drop table plan_assignment;

--changeset dangjian:20261130-0910-brand
-- 一支部一品牌: one brand project per branch and year, with its SWOT, targets and monthly results.
create table plan_brand (
    id bigint auto_increment primary key,
    branch_id bigint not null,
    brand_year int not null,
    name varchar(60) not null,
    slogan varchar(120),
    key_task_id bigint,
    strengths varchar(500),
    weaknesses varchar(500),
    opportunities varchar(500),
    threats varchar(500),
    targets varchar(1000),
    targets_met int not null default 0,
    state varchar(12) not null,
    review_comment varchar(500),
    reviewed_by varchar(100),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_plan_brand_branch foreign key (branch_id) references party_branch (id),
    constraint fk_plan_brand_task foreign key (key_task_id) references plan_key_task (id),
    constraint uq_plan_brand unique (branch_id, brand_year)
) engine = InnoDB;
create table plan_brand_month (
    id bigint auto_increment primary key,
    brand_id bigint not null,
    month_no int not null,
    result varchar(500) not null,
    office_comment varchar(500),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_plan_month_brand foreign key (brand_id) references plan_brand (id),
    constraint uq_plan_month unique (brand_id, month_no)
) engine = InnoDB;
create table plan_brand_month_event (
    month_id bigint not null,
    event_id bigint not null,
    primary key (month_id, event_id),
    constraint fk_plan_me_month foreign key (month_id) references plan_brand_month (id),
    constraint fk_plan_me_event foreign key (event_id) references cal_event (id)
) engine = InnoDB;
--rollback drop table plan_brand_month_event; drop table plan_brand_month; drop table plan_brand;

--changeset dangjian:20261130-0910-attachment
-- Evidence files of an assignment's report or a brand's monthly result (exactly one of the two), kept in
-- the database like the pairing agreements, with the same limits.
create table plan_attachment (
    id bigint auto_increment primary key,
    assignment_id bigint,
    month_id bigint,
    file_name varchar(200) not null,
    content_type varchar(60) not null,
    size_bytes int not null,
    data longblob not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_plan_att_assignment foreign key (assignment_id) references plan_assignment (id),
    constraint fk_plan_att_month foreign key (month_id) references plan_brand_month (id),
    constraint ck_plan_att_owner check ((assignment_id is null) <> (month_id is null))
) engine = InnoDB;
--rollback drop table plan_attachment;
