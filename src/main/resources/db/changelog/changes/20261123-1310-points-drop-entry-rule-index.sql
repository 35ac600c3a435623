--liquibase formatted sql

--changeset dangjian:20261123-1310-points-drop-entry-rule-index
-- Caps read points_usage now; nothing reads the ledger by (member, rule, date) any more, and every
-- award paid for keeping this index (one more random page per insert at 50 million entries).
drop index ix_points_entry_rule on points_entry;
