package cn.dangjian.organization;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.common.contracts.BranchLifecycleChanged;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("isAuthenticated()")
public class BranchService {

    static final int MAX_COMMITTEE_SEATS = 7;

    private final BranchRepository branches;
    private final MemberRepository members;
    private final CommitteeRepository committees;
    private final DepartmentRepository departments;
    private final CampusRepository campuses;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    BranchService(
            BranchRepository branches,
            MemberRepository members,
            CommitteeRepository committees,
            DepartmentRepository departments,
            CampusRepository campuses,
            CurrentUser currentUser,
            Validation validation,
            AuditService audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.branches = branches;
        this.members = members;
        this.committees = committees;
        this.departments = departments;
        this.campuses = campuses;
        this.currentUser = currentUser;
        this.validation = validation;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every branch's name and kind: labels and pickers for all signed-in users. */
    @Transactional(readOnly = true)
    public List<BranchRef> refs() {
        return branches.findAllRefs();
    }

    /** The branches the viewer may see, with counts and warnings. */
    @Transactional(readOnly = true)
    public List<BranchSummary> summaries() {
        Long scope = currentUser.branchScope().orElse(null);
        return computeSummaries().stream()
                .filter(s -> scope == null || s.id().equals(scope))
                .toList();
    }

    @Transactional(readOnly = true)
    public BranchSummary summary(Long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return computeSummaries().stream()
                .filter(s -> s.id().equals(branchId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** No access rule of its own: only this package's classes call it, after their own checks. */
    @PreAuthorize("permitAll()")
    List<BranchSummary> computeSummaries() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : members.countByBranchAndStatus()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            c[row[1] == MemberStatus.FULL ? 0 : 1] += (Long) row[2];
        }
        Map<Long, List<CommitteeMember>> seats = new HashMap<>();
        for (CommitteeMember c : committees.findAllWithMembers()) {
            seats.computeIfAbsent(c.getBranch().getId(), k -> new ArrayList<>()).add(c);
        }
        LocalDate today = LocalDate.now(clock);
        List<BranchSummary> result = new ArrayList<>();
        for (Branch b : branches.findAllWithDepartments()) {
            long[] c = counts.getOrDefault(b.getId(), new long[2]);
            List<CommitteeMember> committee = seats.getOrDefault(b.getId(), List.of());
            String secretary = committee.stream()
                    .filter(s -> s.getRole() == CommitteeRole.SECRETARY)
                    .map(s -> s.getMember().getName())
                    .findFirst()
                    .orElse(null);
            TreeSet<String> deptNames = new TreeSet<>();
            b.getDepartments().forEach(d -> deptNames.add(d.getName()));
            result.add(new BranchSummary(
                    b.getId(),
                    b.getCode(),
                    b.getName(),
                    b.getKind(),
                    b.getCampus() == null ? null : b.getCampus().getName(),
                    String.join("、", deptNames),
                    c[0],
                    c[1],
                    committee.size(),
                    secretary,
                    b.getTermStart(),
                    b.getTermEnd(),
                    OrganizationRules.branchWarnings(
                            b.getKind(),
                            c[0],
                            c[0] + c[1],
                            committee.size(),
                            secretary != null,
                            b.getTermEnd(),
                            today)));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public BranchInput form(Long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return BranchInput.of(branches.findWithDepartments(branchId).orElseThrow(NotFoundException::new));
    }

    @Transactional(readOnly = true)
    public List<CommitteeSeat> committee(Long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return committees.findByBranch(branchId).stream()
                .map(c -> new CommitteeSeat(
                        c.getMember().getId(),
                        c.getMember().getName(),
                        c.getRole(),
                        c.getMember().isDepartmentHead(),
                        c.getMember().isKeyStaff()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Branch save(BranchInput input) {
        validation.check(input);
        input.checkTerm();
        Long id = input.id();
        String code = input.code().trim();
        String name = input.name().trim();
        if (id == null ? branches.existsByCode(code) : branches.existsByCodeAndIdNot(code, id)) {
            throw new BusinessException("branch.codeTaken", code);
        }
        if (id == null ? branches.existsByName(name) : branches.existsByNameAndIdNot(name, id)) {
            throw new BusinessException("branch.nameTaken", name);
        }
        if (!input.kind().isServing() && !input.departmentIds().isEmpty()) {
            throw new BusinessException("branch.retireeNoDepartments");
        }
        Branch target =
                id == null ? new Branch() : branches.findWithDepartments(id).orElseThrow(NotFoundException::new);
        if (target.getVersion() != input.version()) {
            throw new BusinessException("error.conflict");
        }
        Map<String, Object> before = id == null ? Map.of() : target.auditSnapshot();
        target.setCode(code);
        target.setName(name);
        target.setKind(input.kind());
        target.setCampus(input.campusId() == null ? null : campuses.getReferenceById(input.campusId()));
        target.setFoundedOn(input.foundedOnOr(LocalDate.now(clock)));
        target.setTermStart(input.termStart());
        target.setTermEnd(input.termEnd());
        target.setBrandProject(input.brandProjectOrNull());
        target.setDepartments(new HashSet<>(departments.findAllById(input.departmentIds())));
        Branch saved = branches.saveAndFlush(target);
        audit.record(
                "Branch",
                saved.getId(),
                id == null ? "CREATE" : "UPDATE",
                saved.getName(),
                before,
                saved.auditSnapshot());
        if (id == null) { // the calendar plans its duties in this transaction (decision 0020)
            publisher.publishEvent(new BranchLifecycleChanged(
                    saved.getId(), BranchLifecycleChanged.Change.CREATED, target.getFoundedOn()));
        }
        return saved;
    }

    /** Replaces the committee and its term. Admins for any branch, secretaries for their own. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
    public void saveCommittee(
            Long branchId,
            long expectedVersion,
            List<CommitteeSeat> seats,
            @Nullable LocalDate termStart,
            @Nullable LocalDate termEnd) {
        currentUser.requireCanEditBranch(branchId);
        Branch branch = branches.findWithDepartments(branchId).orElseThrow(NotFoundException::new);
        if (branch.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        if (termStart != null && termEnd != null && !termEnd.isAfter(termStart)) {
            throw new BusinessException("branch.termEndBeforeStart");
        }
        if (seats.size() > MAX_COMMITTEE_SEATS) {
            throw new BusinessException("committee.tooManySeats", MAX_COMMITTEE_SEATS);
        }
        Set<Long> seen = new HashSet<>();
        Map<CommitteeRole, Integer> roleCount = new LinkedHashMap<>();
        for (CommitteeSeat seat : seats) {
            if (!seen.add(seat.memberId())) {
                throw new BusinessException("committee.duplicateMember", seat.memberName());
            }
            if (OrganizationRules.singleSeatRoles().contains(seat.role())
                    && roleCount.merge(seat.role(), 1, Integer::sum) > 1) {
                throw new BusinessException("committee.roleTwice", "enum.CommitteeRole." + seat.role());
            }
        }
        List<Member> seatMembers = members.findAllById(seen);
        for (Member m : seatMembers) {
            if (!m.getBranch().getId().equals(branchId)) {
                throw new BusinessException("committee.memberOfOtherBranch", m.getName());
            }
        }
        Map<Long, Member> byId = new HashMap<>();
        seatMembers.forEach(m -> byId.put(m.getId(), m));
        Map<String, Object> before = CommitteeMember.snapshot(branch, committees.findByBranch(branchId));
        committees.deleteByBranchId(branchId);
        committees.flush();
        List<CommitteeMember> saved = new ArrayList<>();
        for (CommitteeSeat seat : seats) {
            Member m = byId.get(seat.memberId());
            if (m == null) {
                throw new NotFoundException();
            }
            saved.add(committees.save(new CommitteeMember(branch, m, seat.role())));
        }
        branch.setTermStart(termStart);
        branch.setTermEnd(termEnd);
        branches.saveAndFlush(branch);
        audit.record(
                "Committee", branchId, "UPDATE", branch.getName(), before, CommitteeMember.snapshot(branch, saved));
    }

    /** Coverage of departments by branches and every branch with a warning. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
    public HealthReport healthReport() {
        Map<Long, String> servingDepartments = new LinkedHashMap<>();
        departments.findAllOrdered().forEach(d -> servingDepartments.put(d.getId(), d.getName()));
        Map<String, List<Long>> coverage = new LinkedHashMap<>();
        for (Branch b : branches.findAllWithDepartments()) {
            if (b.getKind().isServing()) {
                coverage.put(
                        b.getName(),
                        b.getDepartments().stream().map(Department::getId).toList());
            }
        }
        List<BranchSummary> flagged =
                computeSummaries().stream().filter(s -> !s.warnings().isEmpty()).toList();
        return new HealthReport(OrganizationRules.coverage(servingDepartments, coverage), flagged);
    }

    public record HealthReport(OrganizationRules.Coverage coverage, List<BranchSummary> flaggedBranches) {}
}
