--liquibase formatted sql

--changeset dangjian:20261130-0300-points-chain-key
-- The id of the key that sealed the entry (HMAC-SHA256, docs/decisions/0006). Null: sealed before keys existed,
-- with plain SHA-256; LegacyReseal reseals those once, for the members listed in points_chain_reseal.
alter table points_entry add column key_id varchar(20) null;
create table points_chain_reseal (
    member_id bigint primary key
);
insert into points_chain_reseal (member_id) select distinct member_id from points_entry;
--rollback drop table points_chain_reseal; alter table points_entry drop column key_id;

--changeset dangjian:20261130-0300-points-verification-run
-- Every verification of the ledger, nightly or by hand: the administrator sees the last results.
create table points_verification_run (
    id bigint auto_increment primary key,
    triggered_by varchar(20) not null,
    started_by varchar(100) not null,
    started_at datetime(6) not null,
    finished_at datetime(6),
    status varchar(20) not null,
    members_checked int not null default 0,
    entries_checked bigint not null default 0,
    broken_chains int not null default 0,
    mismatches int not null default 0,
    millis bigint not null default 0,
    summary text,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6)
);
create index ix_points_verification_run_started on points_verification_run (started_at);
--rollback drop table points_verification_run;

--changeset dangjian:20261130-0300-shedlock
-- ShedLock: a scheduled job (the nightly verification) runs on one node when several share the database.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null default current_timestamp(3),
    locked_by varchar(255) not null
);
--rollback drop table shedlock;
