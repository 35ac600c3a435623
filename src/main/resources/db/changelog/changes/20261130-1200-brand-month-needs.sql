--liquibase formatted sql

--changeset dangjian:20261130-1200-brand-month-needs
-- 月月出成效 may point to closed needs of the branch (issue 9) besides held events and files. The need lives in the
-- pairing feature's table: the foreign key keeps a linked need from disappearing (only unclaimed needs can be
-- withdrawn, and those cannot be linked).
create table plan_brand_month_need (
    month_id bigint not null,
    need_id bigint not null,
    primary key (month_id, need_id),
    constraint fk_plan_mn_month foreign key (month_id) references plan_brand_month (id),
    constraint fk_plan_mn_need foreign key (need_id) references pairing_need (id)
) engine = InnoDB;
--rollback drop table plan_brand_month_need;
