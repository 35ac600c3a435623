--liquibase formatted sql

--changeset dangjian:20261130-0400-accounts-must-change-password
alter table user_account add column must_change_password bit not null default 0;
--rollback alter table user_account drop column must_change_password;
