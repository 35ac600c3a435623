package cn.dangjian.points;

import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger per member (党员积分台账): every entry of the year for each member of the branch, in ledger
 * order, with who recorded and approved it and a subtotal per member. Reversals are entries like any other, so the
 * subtotal is the member's net for the year.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
@Transactional(readOnly = true)
public class LedgerBook implements RecordBookSource {

    private static final Description BOOK = Description.of("ledger", 60, "book.ledger");

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final RecordBookKit kit;

    LedgerBook(JdbcTemplate jdbc, OrganizationDirectory organization, RecordBookKit kit) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.kit = kit;
    }

    @Override
    public Description description() {
        return BOOK;
    }

    private record Line(
            long memberId,
            LocalDate date,
            String rule,
            int points,
            String source,
            @Nullable String reason,
            String recordedBy,
            @Nullable String approvedBy) {}

    @Override
    public RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale) {
        BranchSummary branch = organization.readableBranch(branchId);
        BookTexts t = kit.texts(locale);
        List<MemberRef> members = new ArrayList<>(organization.membersOfBranch(branchId));
        members.sort(Comparator.comparing(MemberRef::staffNumber));
        Map<Long, List<Line>> byMember = new HashMap<>();
        if (!members.isEmpty()) {
            List<Object> args = new ArrayList<>();
            members.forEach(m -> args.add(m.id()));
            args.add(LocalDate.of(year, 1, 1));
            args.add(LocalDate.of(year, 12, 31));
            jdbc.query(
                    "select e.member_id, e.entry_date, r.name, e.points, e.source_type, e.reason, e.recorded_by,"
                            + " e.approved_by from points_entry e join points_rule r on r.id = e.rule_id"
                            + " where e.member_id in (" + String.join(",", Collections.nCopies(members.size(), "?"))
                            + ") and e.entry_date between ? and ? order by e.member_id, e.seq",
                    rs -> {
                        Line l = new Line(
                                rs.getLong(1),
                                rs.getObject(2, LocalDate.class),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8));
                        byMember.computeIfAbsent(l.memberId(), k -> new ArrayList<>())
                                .add(l);
                    },
                    args.toArray());
        }
        RecordBook.Table table = RecordBook.Table.of(
                t.t("book.ledger"),
                t.t("book.col.name"),
                1.4f,
                t.t("book.col.staffNumber"),
                1.2f,
                t.t("book.col.date"),
                1.4f,
                t.t("book.col.rule"),
                3f,
                t.t("book.col.points"),
                0.9f,
                t.t("book.col.source"),
                1.3f,
                t.t("book.col.reason"),
                3f,
                t.t("book.col.recordedBy"),
                1.3f,
                t.t("book.col.approvedBy"),
                1.3f);
        for (MemberRef m : members) {
            int total = 0;
            for (Line l : byMember.getOrDefault(m.id(), List.of())) {
                total += l.points();
                table.add(
                        m.name(),
                        m.staffNumber(),
                        l.date(),
                        l.rule(),
                        l.points(),
                        t.t("enum.SourceType." + l.source()),
                        l.reason(),
                        l.recordedBy(),
                        l.approvedBy());
            }
            table.add(m.name(), m.staffNumber(), null, t.t("book.ledger.subtotal"), total, null, null, null, null);
        }
        return new RecordBook(
                t.t("book.ledger.title", branch.name(), String.valueOf(year)),
                kit.lines(t, branch.name(), year),
                List.of(table),
                true);
    }
}
