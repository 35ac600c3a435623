package cn.dangjian.pairing;

import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.OrganizationDirectory;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Two live pairings between the same two parties may not overlap in time. Overlap is no unique key, so
 * twins are serialised instead: the parties' branch rows are locked (through the organisation's read
 * API, in id order, so two checks never deadlock) and the count is a locking read, which sees what a
 * concurrent twin committed meanwhile. Callers run inside their own transaction.
 */
@Component
class PairingDuplicates {

    private final OrganizationDirectory organization;
    private final EntityManager em;

    PairingDuplicates(OrganizationDirectory organization, EntityManager em) {
        this.organization = organization;
        this.em = em;
    }

    void refuse(
            @Nullable Long selfId,
            PairingKind kind,
            Long branchId,
            @Nullable Long partnerBranchId,
            @Nullable ExternalUnit unit,
            LocalDate start,
            LocalDate end) {
        long exclude = selfId == null ? -1L : selfId;
        boolean internal = kind == PairingKind.INTERNAL && partnerBranchId != null;
        if (!internal && unit == null) {
            return;
        }
        List<Long> parties =
                internal ? Stream.of(branchId, partnerBranchId).sorted().toList() : List.of(branchId);
        organization.lockBranches(parties);
        List<String> live = PairingService.LIVE.stream().map(Enum::name).toList();
        Number n = (Number) (internal
                        ? em.createNativeQuery("""
                        select count(*) from pairing where id <> :exclude and status in (:live)
                          and ((branch_id = :a and partner_branch_id = :b) or (branch_id = :b and partner_branch_id = :a))
                          and term_start <= :end and term_end >= :start
                        lock in share mode""").setParameter("b", partnerBranchId)
                        : em.createNativeQuery("""
                        select count(*) from pairing where id <> :exclude and status in (:live)
                          and branch_id = :a and external_unit_id = :unit
                          and term_start <= :end and term_end >= :start
                        lock in share mode""").setParameter("unit", unit.getId()))
                .setParameter("exclude", exclude)
                .setParameter("live", live)
                .setParameter("a", branchId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
        if (n.longValue() > 0) {
            throw new BusinessException("pairing.duplicate");
        }
    }
}
