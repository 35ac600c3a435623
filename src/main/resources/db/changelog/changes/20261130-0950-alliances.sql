--liquibase formatted sql

--changeset dangjian:20261130-0950-alliances
-- Alliances (党建联盟, issue 8) are pairings of kind ALLIANCE: they keep the pairing's agreement, goals, evidence,
-- health, lifecycle and attachment, and name their parties in pairing_party instead of partner_branch_id /
-- external_unit_id, which stay null for them.
alter table pairing add column alliance_name varchar(150) null, add column alliance_level varchar(30) null;
alter table pairing drop constraint ck_pairing_one_partner;
alter table pairing add constraint ck_pairing_parties check (
    (kind = 'ALLIANCE' and partner_branch_id is null and external_unit_id is null
        and alliance_name is not null and alliance_level is not null)
    or (kind <> 'ALLIANCE' and (partner_branch_id is null) <> (external_unit_id is null)));

create table pairing_party (
    id bigint auto_increment primary key,
    pairing_id bigint not null,
    branch_id bigint,
    external_unit_id bigint,
    role varchar(20) not null,
    joined_on date not null,
    left_on date,
    contact_person varchar(50),
    contact_phone varchar(30),
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_party_pairing foreign key (pairing_id) references pairing (id) on delete cascade,
    constraint fk_party_branch foreign key (branch_id) references party_branch (id),
    constraint fk_party_unit foreign key (external_unit_id) references pairing_external_unit (id),
    constraint ck_party_one check ((branch_id is null) <> (external_unit_id is null)),
    constraint ck_party_dates check (left_on is null or left_on >= joined_on)
) engine = InnoDB;
create index ix_party_pairing on pairing_party (pairing_id);
create index ix_party_branch on pairing_party (branch_id);
create index ix_party_unit on pairing_party (external_unit_id);

-- A review of a pairing or alliance at term end or yearly: the figures as prefilled and confirmed, the comments
-- and the outcome. Never changed once written.
create table pairing_review (
    id bigint auto_increment primary key,
    pairing_id bigint not null,
    reviewed_on date not null,
    period_start date not null,
    period_end date not null,
    goals_total int not null,
    goals_met int not null,
    joint_events int not null,
    people_served int not null,
    needs_closed int not null,
    needs_rated int not null,
    needs_satisfied int not null,
    lead_comment varchar(1000),
    partner_comments varchar(2000),
    outcome varchar(20) not null,
    reviewer varchar(100) not null,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_review_pairing foreign key (pairing_id) references pairing (id) on delete cascade,
    constraint ck_review_period check (period_end >= period_start)
) engine = InnoDB;
create index ix_review_pairing on pairing_review (pairing_id, reviewed_on);

-- The three lists (三张清单). A project is a claimed need: the need row carries its state, the claims its parties.
create table pairing_resource (
    id bigint auto_increment primary key,
    branch_id bigint not null,
    title varchar(200) not null,
    description varchar(1000),
    capacity varchar(100) not null,
    contact varchar(100) not null,
    active bit not null default 1,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_resource_branch foreign key (branch_id) references party_branch (id)
) engine = InnoDB;
create index ix_resource_branch on pairing_resource (branch_id, active);

create table pairing_need (
    id bigint auto_increment primary key,
    title varchar(200) not null,
    kind varchar(30) not null,
    description varchar(2000),
    raised_on date not null,
    wanted_by date not null,
    raised_by_branch_id bigint,
    raised_by_unit_id bigint,
    pairing_id bigint,
    status varchar(20) not null,
    claim_mode varchar(10),
    resource_id bigint,
    claimed_on date,
    closed_on date,
    result varchar(1000),
    rating varchar(30),
    rating_comment varchar(500),
    rated_on date,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_need_branch foreign key (raised_by_branch_id) references party_branch (id),
    constraint fk_need_unit foreign key (raised_by_unit_id) references pairing_external_unit (id),
    constraint fk_need_pairing foreign key (pairing_id) references pairing (id),
    constraint fk_need_resource foreign key (resource_id) references pairing_resource (id),
    constraint ck_need_raiser check ((raised_by_branch_id is null) <> (raised_by_unit_id is null)),
    constraint ck_need_dates check (wanted_by >= raised_on)
) engine = InnoDB;
create index ix_need_status on pairing_need (status, wanted_by);
create index ix_need_branch on pairing_need (raised_by_branch_id);
create index ix_need_pairing on pairing_need (pairing_id);

create table pairing_need_claim (
    id bigint auto_increment primary key,
    need_id bigint not null,
    branch_id bigint not null,
    member_id bigint,
    claimed_on date not null,
    constraint fk_claim_need foreign key (need_id) references pairing_need (id) on delete cascade,
    constraint fk_claim_branch foreign key (branch_id) references party_branch (id),
    constraint uq_claim_need_branch unique (need_id, branch_id)
) engine = InnoDB;
create index ix_claim_branch on pairing_need_claim (branch_id);

-- Evidence a closed need leaves on its pairing or alliance: one per need.
alter table pairing_evidence add column need_id bigint null, add constraint uq_evidence_need unique (need_id);

-- The seeded rule the points listener awards for a closed need (认领并办结); the administrator edits it.
insert into points_rule (code, name, category, points, min_points, max_points, cap_day, cap_month, cap_year, event_type_codes, event_trigger, version, created_by, created_date) values
('NEED_CLOSED', '认领并办结需求', 'PAIRING', 2, 1, 2, null, null, 10, null, null, 0, 'system', now(6));
--rollback delete from points_rule where code = 'NEED_CLOSED';
--rollback alter table pairing_evidence drop constraint uq_evidence_need, drop column need_id;
--rollback drop table pairing_need_claim; drop table pairing_need; drop table pairing_resource; drop table pairing_review; drop table pairing_party;
--rollback alter table pairing drop constraint ck_pairing_parties;
--rollback alter table pairing add constraint ck_pairing_one_partner check ((partner_branch_id is null) <> (external_unit_id is null));
--rollback alter table pairing drop column alliance_name, drop column alliance_level;
