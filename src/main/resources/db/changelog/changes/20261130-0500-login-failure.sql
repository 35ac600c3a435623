--liquibase formatted sql

--changeset dangjian:20261130-0500-login-failure
-- Failed sign-ins, shared by every node: one row per failure and key (a user name's key or a client
-- address), hashed so that a password typed into the name field is not kept in clear. Rows older than
-- the throttle window are purged; the JVM keeps nothing per name.
create table login_failure (
    id bigint auto_increment primary key,
    key_hash binary(32) not null,
    occurred_at datetime(6) not null
);
create index ix_login_failure_key on login_failure (key_hash, occurred_at);
create index ix_login_failure_time on login_failure (occurred_at);
--rollback drop table login_failure;
