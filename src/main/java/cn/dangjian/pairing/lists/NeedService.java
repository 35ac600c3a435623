package cn.dangjian.pairing.lists;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs list: what the viewer sees, raising a need and withdrawing an unclaimed one. Who sees what is decided
 * in {@link NeedReader}'s queries; every change re-checks it here. A need outside the viewer's reach is "not
 * found". A need's life once claimed (claim, close, rate) is {@link NeedProjectService}'s.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
public class NeedService {

    private final NeedRepository needs;
    private final NeedReader reader;
    private final PartyLookup parties;
    private final OrganizationDirectory organization;
    private final Validation validation;
    private final AuditService audit;
    private final Clock clock;

    NeedService(
            NeedRepository needs,
            NeedReader reader,
            PartyLookup parties,
            OrganizationDirectory organization,
            Validation validation,
            AuditService audit,
            Clock clock) {
        this.needs = needs;
        this.reader = reader;
        this.parties = parties;
        this.organization = organization;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The needs the viewer may see; with {@code projectsOnly} those claimed so far (the projects list). */
    @Transactional(readOnly = true)
    public List<NeedRow> list(boolean projectsOnly) {
        return reader.visible(projectsOnly);
    }

    @Transactional(readOnly = true)
    public NeedRow get(Long id) {
        return reader.row(reader.visibleNeed(id));
    }

    /** Pairings and alliances a need of this branch (or unit) may be addressed to: those it is a live party to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public Map<Long, String> addressOptions(@Nullable Long branchId, @Nullable Long unitId) {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = branchId != null
                ? parties.pairingsOfBranch(branchId, today, true)
                : unitId != null ? parties.pairingsOfUnit(unitId, today) : List.of();
        return new LinkedHashMap<>(parties.pairingLabels(ids));
    }

    /** External units the office may raise a need for. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Map<Long, String> units() {
        return parties.allUnits();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public Long raise(NeedInput in) {
        validation.check(in);
        AppUser user = reader.user();
        LocalDate today = LocalDate.now(clock);
        if ((in.raisedByBranchId() == null) == (in.raisedByUnitId() == null)) {
            throw new BusinessException("need.raiser.oneOf");
        }
        if (in.raisedByUnitId() != null && !user.isAdmin()) {
            throw new NotFoundException();
        }
        if (in.raisedByBranchId() != null) {
            reader.requireOwnBranch(in.raisedByBranchId());
            if (!organization.branchesById().containsKey(in.raisedByBranchId())) {
                throw new NotFoundException();
            }
        }
        if (in.wantedBy().isBefore(today)) {
            throw new BusinessException("need.wantedByPast");
        }
        if (in.pairingId() != null
                && !addressOptions(in.raisedByBranchId(), in.raisedByUnitId()).containsKey(in.pairingId())) {
            throw new BusinessException("need.notAParty");
        }
        Need n = new Need(in.title().trim(), in.kind(), today, in.wantedBy());
        n.description = in.description() == null || in.description().isBlank()
                ? null
                : in.description().trim();
        n.raisedByBranchId = in.raisedByBranchId();
        n.raisedByUnitId = in.raisedByUnitId();
        n.pairingId = in.pairingId();
        Need saved = needs.saveAndFlush(n);
        audit.record("Need", saved.getId(), "CREATE", saved.title, Map.of(), saved.snapshot());
        return saved.getId();
    }

    /** Withdraws a need nobody has claimed yet; only its requester may. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void withdraw(Long needId, long version) {
        Need n = reader.visibleNeed(needId);
        if (!reader.isRequester(n)) {
            throw new NotFoundException();
        }
        n.requireVersion(version);
        if (n.status != NeedStatus.WAITING) {
            throw new BusinessException("need.alreadyClaimed");
        }
        audit.record("Need", needId, "DELETE", n.title, n.snapshot(), Map.of());
        needs.delete(n);
    }
}
