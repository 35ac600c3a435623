--liquibase formatted sql

--changeset dangjian:20261123-0900-organization
create table hospital (
    id bigint auto_increment primary key,
    name varchar(200) not null,
    short_name varchar(50),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6)
);

create table campus (
    id bigint auto_increment primary key,
    hospital_id bigint not null,
    name varchar(100) not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_campus_hospital foreign key (hospital_id) references hospital (id),
    constraint uq_campus_name unique (hospital_id, name)
);

create table department (
    id bigint auto_increment primary key,
    name varchar(100) not null,
    kind varchar(20) not null,
    campus_id bigint,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_department_campus foreign key (campus_id) references campus (id),
    constraint uq_department_name unique (name)
);

create table party_branch (
    id bigint auto_increment primary key,
    code varchar(20) not null,
    name varchar(100) not null,
    kind varchar(20) not null,
    campus_id bigint,
    term_start date,
    term_end date,
    brand_project varchar(200),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_branch_campus foreign key (campus_id) references campus (id),
    constraint uq_branch_code unique (code),
    constraint uq_branch_name unique (name)
);

create table branch_department (
    branch_id bigint not null,
    department_id bigint not null,
    primary key (branch_id, department_id),
    constraint fk_bd_branch foreign key (branch_id) references party_branch (id),
    constraint fk_bd_department foreign key (department_id) references department (id)
);

create table party_member (
    id bigint auto_increment primary key,
    name varchar(50) not null,
    staff_number varchar(20) not null,
    gender varchar(10) not null,
    birth_date date,
    department_id bigint,
    branch_id bigint not null,
    status varchar(20) not null,
    joined_date date not null,
    full_member_date date,
    title varchar(100),
    department_head bit not null default 0,
    key_staff bit not null default 0,
    party_worker bit not null default 0,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_member_department foreign key (department_id) references department (id),
    constraint fk_member_branch foreign key (branch_id) references party_branch (id),
    constraint uq_member_staff_number unique (staff_number)
);
create index ix_member_branch on party_member (branch_id, name);
create index ix_member_department on party_member (department_id);
create index ix_member_name on party_member (name);

create table committee_member (
    id bigint auto_increment primary key,
    branch_id bigint not null,
    member_id bigint not null,
    role varchar(30) not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_cm_branch foreign key (branch_id) references party_branch (id),
    constraint fk_cm_member foreign key (member_id) references party_member (id),
    constraint uq_cm_member unique (branch_id, member_id)
);

create table user_account (
    id bigint auto_increment primary key,
    username varchar(50) not null,
    password_hash varchar(100) not null,
    role varchar(20) not null,
    display_name varchar(100) not null,
    member_id bigint,
    branch_id bigint,
    enabled bit not null default 1,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint uq_user_username unique (username),
    constraint fk_user_member foreign key (member_id) references party_member (id),
    constraint fk_user_branch foreign key (branch_id) references party_branch (id)
);

create table audit_log (
    id bigint auto_increment primary key,
    occurred_at datetime(6) not null,
    actor varchar(100) not null,
    entity_type varchar(60) not null,
    entity_id bigint,
    action varchar(30) not null,
    entity_label varchar(200),
    changes text
);
create index ix_audit_time on audit_log (occurred_at);
create index ix_audit_entity on audit_log (entity_type, entity_id);
