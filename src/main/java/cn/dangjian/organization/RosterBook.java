package cn.dangjian.organization;

import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member roster (党员名册) of a branch as it stands today, committee roles included. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
@Transactional(readOnly = true)
public class RosterBook implements RecordBookSource {

    private static final Description BOOK = Description.of("roster", 50, "book.roster");

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final RecordBookKit kit;

    RosterBook(JdbcTemplate jdbc, OrganizationDirectory organization, RecordBookKit kit) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.kit = kit;
    }

    @Override
    public Description description() {
        return BOOK;
    }

    @Override
    public RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale) {
        BranchSummary branch = organization.readableBranch(branchId);
        BookTexts t = kit.texts(locale);
        RecordBook.Table table = RecordBook.Table.of(
                t.t("book.roster"),
                t.t("book.col.no"),
                0.8f,
                t.t("book.col.name"),
                1.6f,
                t.t("book.col.staffNumber"),
                1.4f,
                t.t("book.col.gender"),
                0.8f,
                t.t("book.col.birthDate"),
                1.6f,
                t.t("book.col.department"),
                2f,
                t.t("book.col.memberStatus"),
                1.4f,
                t.t("book.col.joinedDate"),
                1.6f,
                t.t("book.col.fullMemberDate"),
                1.6f,
                t.t("book.col.title"),
                2f,
                t.t("book.col.committeeRole"),
                1.4f);
        int[] no = {1};
        jdbc.query(
                """
                select m.name, m.staff_number, m.gender, m.birth_date, d.name, m.status, m.joined_date,
                       m.full_member_date, m.title,
                       (select min(c.role) from committee_member c where c.member_id = m.id and c.branch_id = m.branch_id)
                from party_member m left join department d on d.id = m.department_id
                where m.branch_id = ?
                order by m.staff_number, m.id""",
                rs -> {
                    String role = rs.getString(10);
                    table.add(
                            no[0]++,
                            rs.getString(1),
                            rs.getString(2),
                            t.t("enum.Gender." + rs.getString(3)),
                            rs.getObject(4, LocalDate.class),
                            rs.getString(5),
                            t.t("enum.MemberStatus." + rs.getString(6)),
                            rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class),
                            rs.getString(9),
                            role == null ? null : t.t("enum.CommitteeRole." + role));
                },
                branchId);
        List<String> lines = new ArrayList<>(kit.lines(t, branch.name(), year));
        lines.add(t.t("book.roster.summary", branch.fullMembers(), branch.probationaryMembers()));
        return new RecordBook(t.t("book.roster.title", branch.name()), lines, List.of(table), true);
    }
}
