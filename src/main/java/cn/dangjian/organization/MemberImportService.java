package cn.dangjian.organization;

import static cn.dangjian.organization.MemberSheet.*;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.UploadLimits;
import cn.dangjian.common.Validation;
import cn.dangjian.organization.MemberSheet.SheetRow;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members from an .xlsx file: checked row by row with the same rules as a single save (Bean Validation
 * on {@link Member}, {@link MemberService#checkDates}, unique staff numbers, branch access), then written
 * all or nothing. Reading one row's cells is {@link MemberRowReader}'s work; the checks across rows and the
 * writing are here.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class MemberImportService {

    static final int MAX_ROWS = 5000;
    /** The largest .xlsx accepted; 5,000 rows of the template take well under 1 MB. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private static final int FLUSH_EVERY = 100;

    private final MemberRepository members;
    private final BranchRepository branches;
    private final DepartmentRepository departments;
    private final CurrentUser currentUser;
    private final Validation validation;
    private final Validator validator;
    private final AuditService audit;
    private final EntityManager em;

    MemberImportService(
            MemberRepository members,
            BranchRepository branches,
            DepartmentRepository departments,
            CurrentUser currentUser,
            Validation validation,
            Validator validator,
            AuditService audit,
            EntityManager em) {
        this.members = members;
        this.branches = branches;
        this.departments = departments;
        this.currentUser = currentUser;
        this.validation = validation;
        this.validator = validator;
        this.audit = audit;
        this.em = em;
    }

    /** The empty template, listing the branches this user may import into and all departments. */
    @Transactional(readOnly = true)
    public byte[] template() {
        AppUser user = currentUser.require();
        List<BranchRef> allowed = branches.findAllRefs().stream()
                .filter(b -> user.isAdmin() || b.id().equals(user.branchId()))
                .toList();
        return MemberSheet.template(
                allowed,
                departments.findAllOrdered().stream().map(Department::getName).toList());
    }

    /** Every row of the file checked; nothing is written. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file, ImportProgress progress) {
        return check(file, progress, 1).preview();
    }

    /**
     * Checks the file again (never trusting an earlier preview) and, only if no row has an error, creates
     * every member in this one transaction with an IMPORT audit entry each. Returns the number imported.
     */
    @Transactional
    public int importMembers(byte[] file, ImportProgress progress) {
        Checked checked = check(file, progress, 2);
        if (!checked.preview().importable()) {
            throw new BusinessException(
                    "import.error.notImported", checked.preview().errorRows());
        }
        int total = checked.members().size();
        int done = 0;
        for (Member m : checked.members()) {
            validation.check(m);
            currentUser.requireCanEditBranch(m.getBranch().getId());
            em.persist(m);
            audit.record("Member", m.getId(), "IMPORT", m.getName(), Map.of(), m.auditSnapshot());
            if (++done % FLUSH_EVERY == 0) {
                // Keeps dirty checking cheap on big files; branches and departments stay usable as detached references.
                em.flush();
                em.clear();
                progress.update(total + done, 2 * total);
            }
        }
        em.flush();
        progress.update(2 * total, 2 * total);
        return total;
    }

    private record Checked(ImportPreview preview, List<Member> members) {}

    private Checked check(byte[] file, ImportProgress progress, int phases) {
        AppUser user = currentUser.require();
        UploadLimits.check(file, MAX_FILE_BYTES);
        List<SheetRow> rows = MemberSheet.read(file, MAX_ROWS);
        Map<String, Branch> branchByKey = new HashMap<>();
        for (Branch b : branches.findAll()) {
            branchByKey.put(b.getCode().toUpperCase(Locale.ROOT), b);
            branchByKey.put(b.getName(), b);
        }
        Map<String, Department> departmentByName = new HashMap<>();
        departments.findAll().forEach(d -> departmentByName.put(d.getName(), d));
        Set<String> taken = new HashSet<>(members.findAllStaffNumbers());
        MemberRowReader reader = new MemberRowReader(validator, user, branchByKey, departmentByName);
        Map<String, List<Integer>> rowsByStaffNumber = new HashMap<>();
        rows.forEach(r -> rowsByStaffNumber
                .computeIfAbsent(r.cell(STAFF_NUMBER), k -> new ArrayList<>())
                .add(r.rowNumber()));

        List<ImportRow> previewRows = new ArrayList<>(rows.size());
        List<Member> parsed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            List<ImportMessage> errors = new ArrayList<>();
            Member m = reader.toMember(row, errors);
            String staffNumber = m.getStaffNumber();
            List<Integer> sameNumber = rowsByStaffNumber.getOrDefault(staffNumber, List.of());
            if (!staffNumber.isEmpty() && sameNumber.size() > 1) {
                errors.add(ImportMessage.of(
                        "member.staffNumber",
                        "import.error.duplicateInFile",
                        staffNumber,
                        String.join(
                                ", ",
                                sameNumber.stream()
                                        .filter(n -> n != row.rowNumber())
                                        .map(String::valueOf)
                                        .toList())));
            }
            if (taken.contains(staffNumber)) {
                errors.add(ImportMessage.of("member.staffNumber", "member.staffNumberTaken", staffNumber));
            }
            previewRows.add(new ImportRow(
                    row.rowNumber(),
                    row.cell(NAME),
                    row.cell(STAFF_NUMBER),
                    row.cell(DEPARTMENT),
                    row.cell(BRANCH),
                    row.cell(STATUS),
                    row.cell(JOINED_DATE),
                    List.copyOf(errors)));
            parsed.add(m);
            if ((i + 1) % 50 == 0 || i + 1 == rows.size()) {
                progress.update(i + 1, phases * rows.size());
            }
        }
        return new Checked(new ImportPreview(List.copyOf(previewRows)), parsed);
    }
}
