--liquibase formatted sql

--changeset dangjian:20261130-1240-need-events
-- A need's joint events (issue 8: "a project's held joint events are its evidence"), written by the pairing feature
-- when a party schedules a joint activity from the need. Only the need has a foreign key: the calendar owns its
-- events and the pairing may not constrain them (a cancelled event stays listed, shown as cancelled, never counted).
create table pairing_need_event (
    need_id bigint not null,
    event_id bigint not null,
    primary key (need_id, event_id),
    key ix_pairing_need_event_event (event_id),
    constraint fk_pairing_ne_need foreign key (need_id) references pairing_need (id)
) engine = InnoDB;
--rollback drop table pairing_need_event;
