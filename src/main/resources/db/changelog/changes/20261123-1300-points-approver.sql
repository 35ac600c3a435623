--liquibase formatted sql

--changeset dangjian:20261123-1300-points-approver
alter table points_settings add column approver varchar(20) not null default 'ADMIN';
--rollback alter table points_settings drop column approver;
