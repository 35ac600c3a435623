--liquibase formatted sql

--changeset dangjian:20261130-0200-calendar-sign-in-generation
-- Bumped by "new code": every QR token carries the generation it was issued under.
alter table cal_event add column sign_in_generation int not null default 0;
--rollback alter table cal_event drop column sign_in_generation;

--changeset dangjian:20261130-0200-calendar-creation-key
-- A key the new-event dialog generates once: a second save with the same key finds the first event.
alter table cal_event add column creation_key varchar(36);
create unique index uq_cal_event_creation_key on cal_event (creation_key);
--rollback drop index uq_cal_event_creation_key on cal_event; alter table cal_event drop column creation_key;

--changeset dangjian:20261130-0200-calendar-sign-in-request
-- A self sign-in after the event was recorded: the secretary accepts or declines it.
create table cal_sign_in_request (
    id bigint auto_increment primary key,
    event_id bigint not null,
    member_id bigint not null,
    requested_at datetime not null,
    status varchar(20) not null,
    decided_by varchar(50),
    decided_at datetime,
    version bigint not null default 0,
    created_by varchar(100), created_date datetime(6), last_modified_by varchar(100), last_modified_date datetime(6),
    constraint fk_cal_sir_event foreign key (event_id) references cal_event (id) on delete cascade,
    constraint fk_cal_sir_member foreign key (member_id) references party_member (id),
    constraint uq_cal_sir unique (event_id, member_id)
);
create index ix_cal_sir_status on cal_sign_in_request (status, event_id);
--rollback drop table cal_sign_in_request;

--changeset dangjian:20261130-0200-calendar-feed-token-hash
-- Feed secrets are kept only as SHA-256 hashes; existing URLs keep working because the hash of
-- the secret in them is what is stored now.
update cal_feed_token set token = sha2(token, 256);
alter table cal_feed_token change column token token_hash varchar(64) not null;
--rollback select 1;
