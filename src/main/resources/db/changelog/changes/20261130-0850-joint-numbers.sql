--liquibase formatted sql

--changeset dangjian:20261130-0850-joint-numbers
-- Joint work with external units (issue 8): external units have no members in the console, so an event records how
-- many of their people took part, and a service event (义诊, 健康宣教, 志愿服务) how many people it served
-- (服务群众人次). The evidence an event leaves on its pairing or alliance carries the same two numbers, so the
-- pairing side sums them without reading the calendar. Null = not recorded.
alter table cal_event add column external_participants int null, add column people_served int null;
alter table pairing_evidence add column external_participants int null, add column people_served int null;
--rollback alter table cal_event drop column external_participants, drop column people_served;
--rollback alter table pairing_evidence drop column external_participants, drop column people_served;
