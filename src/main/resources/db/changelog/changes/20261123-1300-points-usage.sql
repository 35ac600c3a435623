--liquibase formatted sql

--changeset dangjian:20261123-1300-points-usage
-- What each member has received under each rule per day (yyyymmdd), month (yyyymm00) and year (yyyy0000):
-- the cap check reads three primary-key rows instead of summing the member's entries. Kept by Ledger and
-- BulkLedger in the same transaction as the entry; PointsConsistencyTest proves it equals the ledger.
create table points_usage (
    member_id bigint not null,
    rule_id bigint not null,
    period int not null,
    points int not null,
    primary key (member_id, rule_id, period)
);
insert into points_usage (member_id, rule_id, period, points)
select member_id, rule_id, year(entry_date) * 10000 + month(entry_date) * 100 + dayofmonth(entry_date), sum(points)
from points_entry group by 1, 2, 3;
insert into points_usage (member_id, rule_id, period, points)
select member_id, rule_id, year(entry_date) * 10000 + month(entry_date) * 100, sum(points)
from points_entry group by 1, 2, 3;
insert into points_usage (member_id, rule_id, period, points)
select member_id, rule_id, year(entry_date) * 10000, sum(points)
from points_entry group by 1, 2, 3;
