package cn.dangjian.organization;

import cn.dangjian.audit.AuditEntry;
import cn.dangjian.audit.AuditService;
import cn.dangjian.common.HospitalZone;
import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit-log extract (操作日志摘录) of a branch's year: who changed the branch, its committee and its members,
 * when, and what changed. Built here rather than in audit because only the organisation knows which records belong
 * to the branch; administrators only, like the audit log itself.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AuditExtractBook implements RecordBookSource {

    private static final Description BOOK = Description.of("audit", 80, "book.audit");

    private final AuditService audit;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final RecordBookKit kit;

    AuditExtractBook(
            AuditService audit, OrganizationDirectory organization, CurrentUser currentUser, RecordBookKit kit) {
        this.audit = audit;
        this.organization = organization;
        this.currentUser = currentUser;
        this.kit = kit;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Description description() {
        return BOOK;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean available() {
        return currentUser.require().isAdmin();
    }

    @Override
    public RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale) {
        BranchSummary branch = organization.readableBranch(branchId);
        BookTexts t = kit.texts(locale);
        List<Long> members = organization.membersOfBranch(branchId).stream()
                .map(MemberRef::id)
                .toList();
        Map<String, Collection<Long>> records =
                Map.of("Branch", List.of(branchId), "Committee", List.of(branchId), "Member", members);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(HospitalZone.ZONE).toInstant();
        Instant to =
                LocalDate.of(year + 1, 1, 1).atStartOfDay(HospitalZone.ZONE).toInstant();
        RecordBook.Table table = RecordBook.Table.of(
                t.t("book.audit"),
                t.t("book.col.time"),
                1.8f,
                t.t("book.col.actor"),
                1.2f,
                t.t("book.col.recordType"),
                1.2f,
                t.t("book.col.action"),
                1f,
                t.t("book.col.record"),
                1.8f,
                t.t("book.col.changes"),
                6f);
        for (AuditEntry a : audit.about(records, from, to)) {
            table.add(
                    a.getOccurredAt(),
                    a.getActor(),
                    label("audit.type." + a.getEntityType(), a.getEntityType(), t),
                    label("audit.action." + a.getAction(), a.getAction(), t),
                    a.getEntityLabel(),
                    a.getChanges());
        }
        return new RecordBook(
                t.t("book.audit.title", branch.name(), String.valueOf(year)),
                kit.lines(t, branch.name(), year),
                List.of(table),
                true);
    }

    private String label(String key, String code, BookTexts t) {
        return kit.hasText(key) ? t.t(key) : code;
    }
}
