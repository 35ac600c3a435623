--liquibase formatted sql

--changeset dangjian:20261123-1000-pairing
create table pairing_external_unit (
    id bigint auto_increment primary key,
    name varchar(150) not null,
    unit_type varchar(30) not null,
    alliance_level varchar(30) not null,
    contact_person varchar(50),
    contact_phone varchar(30),
    address varchar(200),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_pairing_unit_name unique (name)
);

create table pairing (
    id bigint auto_increment primary key,
    kind varchar(20) not null,
    branch_id bigint not null,
    partner_branch_id bigint,
    external_unit_id bigint,
    status varchar(20) not null,
    agreement_title varchar(200) not null,
    signed_date date,
    term_start date not null,
    term_end date not null,
    signatory_own varchar(100),
    signatory_partner varchar(100),
    summary varchar(1000),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_pairing_branch foreign key (branch_id) references party_branch (id),
    constraint fk_pairing_partner_branch foreign key (partner_branch_id) references party_branch (id),
    constraint fk_pairing_unit foreign key (external_unit_id) references pairing_external_unit (id),
    constraint ck_pairing_one_partner check ((partner_branch_id is null) <> (external_unit_id is null)),
    constraint ck_pairing_term check (term_end >= term_start)
);
create index ix_pairing_branch on pairing (branch_id, status);
create index ix_pairing_partner on pairing (partner_branch_id, status);
create index ix_pairing_unit on pairing (external_unit_id, status);

create table pairing_attachment (
    id bigint auto_increment primary key,
    pairing_id bigint not null,
    file_name varchar(200) not null,
    content_type varchar(50) not null,
    size_bytes bigint not null,
    data longblob not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_attachment_pairing foreign key (pairing_id) references pairing (id) on delete cascade,
    constraint uq_attachment_pairing unique (pairing_id)
);

create table pairing_goal (
    id bigint auto_increment primary key,
    pairing_id bigint not null,
    dimension varchar(30) not null,
    target varchar(300) not null,
    target_count int,
    due_date date not null,
    met_date date,
    position int not null default 0,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_goal_pairing foreign key (pairing_id) references pairing (id) on delete cascade
);
create index ix_goal_pairing on pairing_goal (pairing_id, position);

create table pairing_transition (
    id bigint auto_increment primary key,
    pairing_id bigint not null,
    from_status varchar(20),
    to_status varchar(20) not null,
    actor varchar(100) not null,
    happened_at datetime(6) not null,
    note varchar(500),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_transition_pairing foreign key (pairing_id) references pairing (id) on delete cascade
);
create index ix_transition_pairing on pairing_transition (pairing_id, happened_at);

create table pairing_evidence (
    id bigint auto_increment primary key,
    pairing_id bigint not null,
    kind varchar(30) not null,
    title varchar(200) not null,
    happened_on date not null,
    description varchar(2000),
    calendar_event_id bigint,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_evidence_pairing foreign key (pairing_id) references pairing (id) on delete cascade,
    constraint uq_evidence_calendar_event unique (calendar_event_id)
);
create index ix_evidence_pairing on pairing_evidence (pairing_id, happened_on);

create table pairing_evidence_goal (
    evidence_id bigint not null,
    goal_id bigint not null,
    primary key (evidence_id, goal_id),
    constraint fk_eg_evidence foreign key (evidence_id) references pairing_evidence (id) on delete cascade,
    constraint fk_eg_goal foreign key (goal_id) references pairing_goal (id) on delete cascade
);
create index ix_eg_goal on pairing_evidence_goal (goal_id);
