package cn.dangjian.pairing.lists;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources list (资源清单): what branches offer. Everyone who works with the lists reads all of it (an offer
 * is meant to be found); a secretary offers and withdraws only their own branch's resources.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
public class ResourceService {

    private final OfferedResourceRepository resources;
    private final NeedReader reader;
    private final OrganizationDirectory organization;
    private final Validation validation;
    private final AuditService audit;

    ResourceService(
            OfferedResourceRepository resources,
            NeedReader reader,
            OrganizationDirectory organization,
            Validation validation,
            AuditService audit) {
        this.resources = resources;
        this.reader = reader;
        this.organization = organization;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ResourceRow> list() {
        AppUser user = reader.user();
        Map<Long, BranchRef> branches = organization.branchesById();
        return resources.findActive().stream()
                .map(r -> new ResourceRow(
                        r.getId(),
                        r.getVersion(),
                        r.branchId,
                        branches.containsKey(r.branchId)
                                ? branches.get(r.branchId).name()
                                : "?",
                        r.title,
                        r.description,
                        r.capacity,
                        r.contact,
                        user.isAdmin() || (user.isSecretary() && Objects.equals(user.branchId(), r.branchId))))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public Long offer(ResourceInput in) {
        validation.check(in);
        reader.requireOwnBranch(in.branchId());
        if (!organization.branchesById().containsKey(in.branchId())) {
            throw new NotFoundException();
        }
        OfferedResource r = new OfferedResource(in.branchId());
        r.title = in.title().trim();
        r.description = in.description() == null || in.description().isBlank()
                ? null
                : in.description().trim();
        r.capacity = in.capacity().trim();
        r.contact = in.contact().trim();
        OfferedResource saved = resources.saveAndFlush(r);
        audit.record("Resource", saved.getId(), "CREATE", saved.title, Map.of(), snapshot(saved));
        return saved.getId();
    }

    /** Takes the offer off the list; projects already matched to it keep the link. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void withdraw(Long id, long version) {
        OfferedResource r = resources.findById(id).filter(x -> x.active).orElseThrow(NotFoundException::new);
        reader.requireOwnBranch(r.branchId);
        if (r.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        Map<String, Object> before = snapshot(r);
        r.active = false;
        resources.flush();
        audit.record("Resource", id, "UPDATE", r.title, before, snapshot(r));
    }

    private static Map<String, Object> snapshot(OfferedResource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branch", r.branchId);
        m.put("title", r.title);
        m.put("capacity", r.capacity);
        m.put("contact", r.contact);
        m.put("active", r.active);
        return m;
    }
}
