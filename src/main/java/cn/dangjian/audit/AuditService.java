package cn.dangjian.audit;

import cn.dangjian.security.Actors;
import cn.dangjian.security.Roles;
import cn.dangjian.security.SecurityEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Services call {@link #record} inside their own transaction, so a change and
 * its audit entry commit or roll back together.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AuditService {

    /** The record type of security events in the log. */
    public static final String SECURITY_TYPE = "Security";

    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Open to every caller: it runs only inside the calling service's transaction, after that service has
     * checked access, and a change must never commit without its entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public void record(
            String entityType,
            @Nullable Long entityId,
            String action,
            @Nullable String label,
            Map<String, ?> before,
            Map<String, ?> after) {
        String changes = diff(before, after);
        if (changes.isEmpty() && "UPDATE".equals(action)) {
            return;
        }
        repository.save(
                new AuditEntry(Instant.now(clock), Actors.current(), entityType, entityId, action, label, changes));
    }

    /**
     * A security event (sign-in, lockout, access denied, account change) in its own transaction, so it is
     * kept even when the work it reports fails or has none; the actor is named because there may be no
     * authenticated user yet.
     */
    @EventListener
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurity(SecurityEvent event) {
        String label = event.subject();
        repository.save(new AuditEntry(
                Instant.now(clock),
                cut(event.actor(), 100),
                SECURITY_TYPE,
                event.accountId(),
                event.action(),
                label == null ? null : cut(label, 200),
                event.details()));
    }

    @Transactional(readOnly = true)
    public Slice<AuditEntry> search(@Nullable String entityType, @Nullable String text, Pageable pageable) {
        String like = text == null || text.isBlank() ? null : "%" + text.trim() + "%";
        return repository.search(entityType, like, pageable);
    }

    /**
     * The entries of a time span about the given records ({@code type} to ids), oldest first: the audit extract of
     * a record book, which names the records (a branch and its members) because only the feature knows them.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(Map<String, Collection<Long>> records, Instant from, Instant to) {
        List<AuditEntry> all = new ArrayList<>();
        records.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                all.addAll(repository.about(type, ids, from, to));
            }
        });
        all.sort(Comparator.comparing(AuditEntry::getOccurredAt).thenComparing(a -> a.getId() == null ? 0 : a.getId()));
        return all;
    }

    /** The record types that have entries, for the log's filter. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return repository.entityTypes();
    }

    /** "field: before → after" lines for every field that differs, in a stable order. */
    static String diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String key : new TreeSet<>(union(before, after))) {
            Object b = before.get(key);
            Object a = after.get(key);
            if (!Objects.equals(str(b), str(a))) {
                lines.put(key, key + ": " + str(b) + " → " + str(a));
            }
        }
        return String.join("\n", lines.values());
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        var keys = new HashSet<String>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String str(@Nullable Object o) {
        return o == null ? "∅" : o.toString();
    }
}
