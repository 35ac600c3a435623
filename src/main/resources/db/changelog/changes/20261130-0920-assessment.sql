--liquibase formatted sql

--changeset dangjian:20261130-0920-assessment
-- A scheme per year (editable) and the frozen copies campaigns run on (frozen = true, one per campaign).
create table assessment_scheme (
    id bigint auto_increment primary key,
    scheme_year int not null,
    frozen boolean not null default false,
    excellent_min int not null,
    good_min int not null,
    pass_min int not null,
    five_star_min int not null,
    four_star_min int not null,
    three_star_min int not null,
    two_star_min int not null,
    five_star_quota_pct int not null,
    benchmark_top_n int not null,
    benchmark_min_score int not null,
    publicity_days int not null,
    members_see_others boolean not null default false,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_assessment_scheme unique (scheme_year, frozen)
) engine=InnoDB;

-- Dimensions (measure null, parent null) and their indicators.
create table assessment_item (
    id bigint auto_increment primary key,
    scheme_id bigint not null,
    parent_id bigint,
    position int not null,
    name varchar(100) not null,
    measure varchar(20),
    formula varchar(40),
    param_low double,
    param_high double,
    max_score double not null,
    rule_text varchar(500) not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_assessment_item_scheme foreign key (scheme_id) references assessment_scheme (id),
    constraint fk_assessment_item_parent foreign key (parent_id) references assessment_item (id)
) engine=InnoDB;

create table assessment_campaign (
    id bigint auto_increment primary key,
    campaign_year int not null,
    scheme_id bigint not null,
    status varchar(20) not null,
    started_on date not null,
    published_on date,
    publicity_until date,
    locked_on date,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_assessment_campaign unique (campaign_year),
    constraint fk_assessment_campaign_scheme foreign key (scheme_id) references assessment_scheme (id)
) engine=InnoDB;

create table assessment_sheet (
    id bigint auto_increment primary key,
    campaign_id bigint not null,
    branch_id bigint not null,
    status varchar(20) not null,
    computed_at datetime(6),
    submitted_at datetime(6),
    total double not null default 0,
    vetoed boolean not null default false,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_assessment_sheet unique (campaign_id, branch_id),
    constraint fk_assessment_sheet_campaign foreign key (campaign_id) references assessment_campaign (id),
    constraint fk_assessment_sheet_branch foreign key (branch_id) references party_branch (id)
) engine=InnoDB;

create table assessment_score (
    id bigint auto_increment primary key,
    sheet_id bigint not null,
    item_id bigint not null,
    auto_score double,
    evidence_text varchar(500),
    evidence_link varchar(200),
    self_score double,
    justification varchar(1000),
    attachment_name varchar(200),
    attachment_type varchar(100),
    attachment longblob,
    review_score double,
    review_reason varchar(500),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_assessment_score unique (sheet_id, item_id),
    constraint fk_assessment_score_sheet foreign key (sheet_id) references assessment_sheet (id),
    constraint fk_assessment_score_item foreign key (item_id) references assessment_item (id)
) engine=InnoDB;

-- 表彰: awards to members (member_id) or branches (branch_id), the best Party day pointing at a held event.
create table assessment_honour (
    id bigint auto_increment primary key,
    honour_year int not null,
    award varchar(40) not null,
    member_id bigint,
    branch_id bigint,
    event_id bigint,
    decided_on date not null,
    citation varchar(300),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_assessment_honour_member foreign key (member_id) references party_member (id),
    constraint fk_assessment_honour_branch foreign key (branch_id) references party_branch (id),
    key ix_assessment_honour_year (honour_year)
) engine=InnoDB;
