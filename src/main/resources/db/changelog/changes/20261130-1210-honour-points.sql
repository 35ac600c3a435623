--liquibase formatted sql

--changeset dangjian:20261130-1210-honour-points
-- Member honours award points through a seeded rule each (the administrator edits points or turns them off on the
-- rules page); the honour keeps the ledger entry it awarded, so revoking it reverses exactly that entry. One
-- member award of a kind per member and year: saving twice cannot award twice (branch honours have no member,
-- and NULLs never collide in a unique key).
alter table assessment_honour add column points_entry_id bigint null;
create unique index uq_assessment_honour_member on assessment_honour (honour_year, award, member_id);
insert into points_rule (code, name, category, points, min_points, max_points, cap_day, cap_month, cap_year, event_type_codes, event_trigger, version, created_by, created_date) values
('HONOUR_EXCELLENT_MEMBER', '获评优秀共产党员', 'HONOUR', 10, 1, 10, null, null, null, null, null, 0, 'system', now(6)),
('HONOUR_PARTY_WORKER', '获评优秀党务工作者', 'HONOUR', 8, 1, 10, null, null, null, null, null, 0, 'system', now(6)),
('HONOUR_ROLE_MODEL', '获评身边的榜样', 'HONOUR', 5, 1, 10, null, null, null, null, null, 0, 'system', now(6));
--rollback delete from points_rule where code in ('HONOUR_EXCELLENT_MEMBER', 'HONOUR_PARTY_WORKER', 'HONOUR_ROLE_MODEL');
--rollback drop index uq_assessment_honour_member on assessment_honour;
--rollback alter table assessment_honour drop column points_entry_id;
