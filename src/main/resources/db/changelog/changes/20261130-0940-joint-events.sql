--liquibase formatted sql

--changeset dangjian:20261130-0940-joint-event-parties
-- The internal branches a joint event concerns besides its organiser (issue 8), as decided by the pairing feature
-- when the event is saved or linked. Kept on the event so the calendar, feeds, reminders and compliance can find a
-- branch's joint events with one indexed lookup, without asking the pairing feature per event.
create table cal_event_party (
    event_id bigint not null,
    branch_id bigint not null,
    primary key (event_id, branch_id),
    constraint fk_cal_party_event foreign key (event_id) references cal_event (id) on delete cascade,
    constraint fk_cal_party_branch foreign key (branch_id) references party_branch (id)
) engine=InnoDB;
create index ix_cal_party_branch on cal_event_party (branch_id, event_id);
-- Existing events under a two-branch pairing: the other branch is a party.
insert into cal_event_party (event_id, branch_id)
select e.id, case when p.branch_id = e.branch_id then p.partner_branch_id else p.branch_id end
from cal_event e join pairing p on p.id = e.pairing_id
where p.partner_branch_id is not null and (p.branch_id = e.branch_id or p.partner_branch_id = e.branch_id);
--rollback drop table cal_event_party;

--changeset dangjian:20261130-0940-joint-event-goals
-- The goals an event serves: none, one or several, chosen by the organiser (the single pairing_goal_id, which the
-- form filled with the pairing's first goal unasked, is no longer read).
create table cal_event_goal (
    event_id bigint not null,
    goal_id bigint not null,
    primary key (event_id, goal_id),
    constraint fk_cal_goal_event foreign key (event_id) references cal_event (id) on delete cascade
) engine=InnoDB;
--rollback drop table cal_event_goal;
