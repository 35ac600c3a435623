package cn.dangjian.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select a from AuditEntry a
            where (:entityType is null or a.entityType = :entityType)
              and (:text is null or a.actor like :text or a.entityLabel like :text or a.changes like :text)
            """)
    Slice<AuditEntry> search(
            @Param("entityType") @Nullable String entityType, @Param("text") @Nullable String text, Pageable pageable);

    /** The entries about some records of one type within a time span, oldest first: a record book's extract. */
    @Query("""
            select a from AuditEntry a
            where a.entityType = :type and a.entityId in :ids and a.occurredAt >= :from and a.occurredAt < :to
            order by a.occurredAt, a.id
            """)
    List<AuditEntry> about(
            @Param("type") String type,
            @Param("ids") Collection<Long> ids,
            @Param("from") Instant from,
            @Param("to") Instant to);

    /** The record types in the log (read from the (entity_type, entity_id) index). */
    @Query("select distinct a.entityType from AuditEntry a order by a.entityType")
    List<String> entityTypes();
}
