package cn.dangjian.points;

import cn.dangjian.security.SecurityEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the entries written before the chain was keyed (plain SHA-256, key id null) under the current key, once:
 * only the members the migration listed in {@code points_chain_reseal}, each in its own transaction under the
 * member's head lock, and only if the old chain still verifies. A member whose old chain is already broken is not
 * resealed (that would launder the break); verification keeps reporting it. Every reseal is a security event.
 */
@Component
class LegacyReseal {

    private static final Logger log = LoggerFactory.getLogger(LegacyReseal.class);

    private final JdbcTemplate jdbc;
    private final Ledger ledger;
    private final ChainKeys keys;
    private final SecurityEvents events;
    private final TransactionTemplate tx;

    LegacyReseal(JdbcTemplate jdbc, Ledger ledger, ChainKeys keys, SecurityEvents events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.keys = keys;
        this.events = events;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        resealListed();
    }

    /** Reseals every listed member; returns how many entries were resealed. */
    int resealListed() {
        List<Long> members =
                jdbc.queryForList("select member_id from points_chain_reseal order by member_id", Long.class);
        if (members.isEmpty()) {
            return 0;
        }
        int entries = 0;
        int refused = 0;
        for (long member : members) {
            Integer n = tx.execute(s -> resealMember(member));
            if (n == null || n < 0) {
                refused++;
            } else {
                entries += n;
            }
        }
        log.info(
                "Resealed {} ledger entries of {} members under key {}; {} members refused (broken chain)",
                entries,
                members.size() - refused,
                keys.current().id(),
                refused);
        events.record(
                "LEDGER_RESEALED",
                "system",
                null,
                "points_entry",
                Map.of(
                        "members",
                        members.size() - refused,
                        "entries",
                        entries,
                        "key",
                        keys.current().id(),
                        "refused",
                        refused));
        return entries;
    }

    /** The number of entries resealed, or -1 if the member's old chain did not verify. */
    private int resealMember(long memberId) {
        ledger.lockMember(memberId);
        if (jdbc.queryForList(
                        "select member_id from points_chain_reseal where member_id = ? for update",
                        Long.class,
                        memberId)
                .isEmpty()) {
            return 0; // another node did it
        }
        jdbc.update("delete from points_chain_reseal where member_id = ?", memberId);
        List<StoredEntry> chain = jdbc.query(
                "select " + StoredEntry.COLUMNS + " from points_entry where member_id = ? order by seq for update",
                (rs, i) -> StoredEntry.of(rs),
                memberId);
        if (!verifiesAsWritten(memberId, chain)) {
            log.warn("Member {}: the ledger chain written before keys does not verify; left unsealed", memberId);
            return -1;
        }
        ChainKey key = keys.current();
        String prev = LedgerHash.GENESIS;
        for (StoredEntry e : chain) {
            String hash = e.hmac(key, prev);
            jdbc.update(
                    "update points_entry set prev_hash = ?, hash = ?, key_id = ? where id = ?",
                    prev,
                    hash,
                    key.id(),
                    e.id());
            prev = hash;
        }
        jdbc.update("update points_chain_head set last_hash = ? where member_id = ?", prev, memberId);
        return chain.size();
    }

    /** Old entries under plain SHA-256, any appended since under their key; no gap, and the head on the last. */
    private boolean verifiesAsWritten(long memberId, List<StoredEntry> chain) {
        String prev = LedgerHash.GENESIS;
        int seq = 0;
        for (StoredEntry e : chain) {
            if (e.seq() != ++seq || !e.prevHash().equals(prev)) {
                return false;
            }
            Optional<ChainKey> key = e.keyId() == null ? Optional.empty() : keys.byId(e.keyId());
            String expected = e.keyId() == null
                    ? e.sha256(prev)
                    : key.map(k -> e.hmac(k, e.prevHash())).orElse("");
            if (!expected.equals(e.hash())) {
                return false;
            }
            prev = e.hash();
        }
        Map<String, Object> head =
                jdbc.queryForMap("select seq, last_hash from points_chain_head where member_id = ?", memberId);
        return ((Number) head.get("seq")).intValue() == seq && prev.equals(head.get("last_hash"));
    }
}
