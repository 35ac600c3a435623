package cn.dangjian.organization;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.common.contracts.MemberBranchChanged;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("isAuthenticated()")
public class MemberService {

    /** Grid column keys that may be sorted on, and the JPQL path each sorts by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name",
            "m.name",
            "staffNumber",
            "m.staffNumber",
            "department",
            "d.name",
            "branch",
            "b.code",
            "status",
            "m.status",
            "joinedDate",
            "m.joinedDate",
            "title",
            "m.title");

    private final MemberRepository members;
    private final BranchRepository branches;
    private final DepartmentRepository departments;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final AuditService audit;
    private final EntityManager em;
    private final ApplicationEventPublisher publisher;

    MemberService(
            MemberRepository members,
            BranchRepository branches,
            DepartmentRepository departments,
            CurrentUser currentUser,
            Validation validation,
            AuditService audit,
            EntityManager em,
            ApplicationEventPublisher publisher) {
        this.members = members;
        this.branches = branches;
        this.departments = departments;
        this.currentUser = currentUser;
        this.validation = validation;
        this.audit = audit;
        this.em = em;
        this.publisher = publisher;
    }

    /** A page of the members the viewer may see: all for admins and leaders, own branch for secretaries, self for members. */
    @Transactional(readOnly = true)
    public List<MemberRow> search(MemberFilter filter, int offset, int limit, Sort sort) {
        Query q = where(filter);
        StringJoiner order = new StringJoiner(", ", " order by ", "");
        for (Sort.Order o : sort) {
            String path = SORTABLE.get(o.getProperty());
            if (path != null) {
                order.add(path + (o.isAscending() ? " asc" : " desc"));
            }
        }
        order.add("m.id asc");
        TypedQuery<MemberRow> query = em.createQuery("""
                select new cn.dangjian.organization.MemberRow(m.id, m.name, m.staffNumber, m.gender, d.name,
                  b.name, b.id, m.status, m.joinedDate, m.title, m.departmentHead, m.keyStaff, m.partyWorker)
                from Member m join m.branch b left join m.department d""" + q.where + order, MemberRow.class);
        q.params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Transactional(readOnly = true)
    public long count(MemberFilter filter) {
        Query q = where(filter);
        TypedQuery<Long> query = em.createQuery(
                "select count(m) from Member m join m.branch b left join m.department d" + q.where, Long.class);
        q.params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private record Query(String where, Map<String, Object> params) {}

    private Query where(MemberFilter filter) {
        AppUser user = currentUser.require();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (user.isMember()) {
            conditions.add("m.id = :self");
            params.put("self", user.memberId() == null ? -1L : user.memberId());
        } else if (!user.seesWholeHospital()) {
            conditions.add("b.id = :scope");
            params.put("scope", user.branchId() == null ? -1L : user.branchId());
        }
        if (filter.branchId() != null) {
            conditions.add("b.id = :branch");
            params.put("branch", filter.branchId());
        }
        if (filter.departmentId() != null) {
            conditions.add("d.id = :department");
            params.put("department", filter.departmentId());
        }
        if (filter.status() != null) {
            conditions.add("m.status = :status");
            params.put("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(m.name like :text or m.staffNumber like :text or m.title like :text)");
            params.put("text", "%" + filter.text().trim() + "%");
        }
        return new Query(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** A member with department and branch loaded, if the viewer may see them. */
    @Transactional(readOnly = true)
    public Member get(Long id) {
        Member m = members.findForEdit(id).orElseThrow(NotFoundException::new);
        AppUser user = currentUser.require();
        boolean allowed = user.seesWholeHospital()
                || (user.isSecretary() && m.getBranch().getId().equals(user.branchId()))
                || id.equals(user.memberId());
        if (!allowed) {
            throw new NotFoundException();
        }
        return m;
    }

    @Transactional(readOnly = true)
    public Optional<Member> own() {
        Long id = currentUser.require().memberId();
        return id == null ? Optional.empty() : members.findForEdit(id);
    }

    /** Members of a branch, for attendance lists and pickers. */
    @Transactional(readOnly = true)
    public List<MemberRef> refsOfBranch(Long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return members.findRefsByBranch(branchId);
    }

    /**
     * Names for ids, for labels and pickers in other features, limited to whom the viewer may see: the
     * whole hospital for administrators and leaders, otherwise the own branch (and oneself). Ids outside
     * that scope are left out, so a picker cannot be used to look up other branches' members.
     */
    @Transactional(readOnly = true)
    public List<MemberRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        AppUser user = currentUser.require();
        if (user.seesWholeHospital()) {
            return members.findRefs(ids);
        }
        return members.findRefs(ids).stream()
                .filter(m -> m.branchId().equals(user.branchId()) || m.id().equals(user.memberId()))
                .toList();
    }

    /**
     * Members of the parties of a joint activity: the organiser branch, which the viewer must be able to
     * change, and the partner branches, which the calling service has established itself (for the
     * calendar: the other branch of a live pairing of the organiser). Never pass branch ids from a form.
     */
    @Transactional(readOnly = true)
    public List<MemberRef> partyRefs(Long organiserBranchId, Collection<Long> partnerBranchIds) {
        currentUser.requireCanEditBranch(organiserBranchId);
        List<MemberRef> all = new ArrayList<>(members.findRefsByBranch(organiserBranchId));
        partnerBranchIds.stream()
                .filter(b -> !b.equals(organiserBranchId))
                .distinct()
                .forEach(b -> all.addAll(members.findRefsByBranch(b)));
        return all;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public Member save(MemberInput input) {
        Branch targetBranch = branches.findById(input.branchId()).orElseThrow(NotFoundException::new);
        validation.check(input);
        currentUser.requireCanEditBranch(targetBranch.getId());
        Long id = input.id();
        Member target = id == null ? new Member() : members.findForEdit(id).orElseThrow(NotFoundException::new);
        if (id != null) {
            // A secretary may edit only members already in their own branch, and cannot move one out.
            try {
                currentUser.requireCanEditBranch(target.getBranch().getId());
            } catch (AccessDeniedException e) {
                throw new NotFoundException();
            }
        }
        if (target.getVersion() != input.version()) {
            throw new BusinessException("error.conflict");
        }
        String staffNumber = input.staffNumber().trim();
        if (id == null
                ? members.existsByStaffNumber(staffNumber)
                : members.existsByStaffNumberAndIdNot(staffNumber, id)) {
            throw new BusinessException("member.staffNumberTaken", staffNumber);
        }
        input.checkDates();
        Map<String, Object> before = id == null ? Map.of() : target.auditSnapshot();
        Long fromBranch = id == null || target.getBranch() == null
                ? null
                : target.getBranch().getId();
        target.setName(input.name().trim());
        target.setStaffNumber(staffNumber);
        target.setGender(input.gender());
        target.setBirthDate(input.birthDate());
        target.setDepartment(
                input.departmentId() == null
                        ? null
                        : departments.findById(input.departmentId()).orElseThrow(NotFoundException::new));
        target.setBranch(targetBranch);
        target.setStatus(input.status());
        target.setJoinedDate(input.joinedDate());
        target.setFullMemberDate(input.status() == MemberStatus.FULL ? input.fullMemberDate() : null);
        target.setTitle(
                input.title() == null || input.title().isBlank()
                        ? null
                        : input.title().trim());
        target.setDepartmentHead(input.departmentHead());
        target.setKeyStaff(input.keyStaff());
        target.setPartyWorker(input.partyWorker());
        Member saved = members.saveAndFlush(target);
        audit.record(
                "Member",
                saved.getId(),
                id == null ? "CREATE" : "UPDATE",
                saved.getName(),
                before,
                saved.auditSnapshot());
        if (fromBranch != null && !fromBranch.equals(targetBranch.getId())) {
            // The member's login must follow them at once (security listens).
            publisher.publishEvent(new MemberBranchChanged(saved.getId(), fromBranch, targetBranch.getId()));
        }
        return saved;
    }

    static void checkDates(Member m) {
        MemberInput.of(m).checkDates();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void delete(Long id) {
        Member m = members.findForEdit(id).orElseThrow(NotFoundException::new);
        audit.record("Member", id, "DELETE", m.getName(), m.auditSnapshot(), Map.of());
        members.delete(m);
        members.flush();
    }
}
