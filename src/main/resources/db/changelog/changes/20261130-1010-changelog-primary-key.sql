--liquibase formatted sql

--changeset dangjian:20261130-1010-changelog-primary-key
-- Galera replicates rows by primary key; a table without one (Liquibase creates its history table that way)
-- replicates unreliably. A changeset is identified by id, author and file, so that is the key
-- (docs/decisions/0028-several-nodes-and-faults.md; GaleraReadinessTest checks every table).
alter table DATABASECHANGELOG add primary key (ID, AUTHOR, FILENAME);
--rollback alter table DATABASECHANGELOG drop primary key;
