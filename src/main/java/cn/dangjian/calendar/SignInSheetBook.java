package cn.dangjian.calendar;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * The sign-in sheet (签到表) of one event: every expected participant with a blank column to sign by hand, those who
 * signed in by QR code marked with the time, leave with its reason. Printed before the meeting it is the paper
 * sheet; printed after it, the record.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
@Transactional(readOnly = true)
public class SignInSheetBook implements RecordBookSource {

    private static final Description BOOK = new Description("sign-in", 20, "book.signIn", true);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final RecordBookKit kit;

    SignInSheetBook(JdbcTemplate jdbc, OrganizationDirectory organization, RecordBookKit kit) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.kit = kit;
    }

    @Override
    public Description description() {
        return BOOK;
    }

    @Override
    public List<Choice> choices(long branchId, int year) {
        organization.readableBranch(branchId);
        return jdbc.query(
                """
                select e.id, e.start_at, e.title from cal_event e
                where e.branch_id = ? and e.status <> 'CANCELLED' and e.start_at >= ? and e.start_at < ?
                order by e.start_at desc, e.id""",
                (rs, i) -> new Choice(
                        rs.getLong(1), TIME.format(rs.getObject(2, LocalDateTime.class)) + " " + rs.getString(3)),
                branchId,
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    private record Event(
            String title, LocalDateTime start, @Nullable String place, String type) {}

    private record Line(
            long memberId,
            @Nullable String status,
            @Nullable String reason,
            @Nullable LocalDateTime at) {}

    @Override
    public RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale) {
        BranchSummary branch = organization.readableBranch(branchId);
        BookTexts t = kit.texts(locale);
        if (choice == null) {
            throw new NotFoundException();
        }
        Event event = jdbc
                .query(
                        """
                        select e.title, e.start_at, e.place, t.name_zh, t.name_en
                        from cal_event e join cal_event_type t on t.id = e.event_type_id
                        where e.id = ? and e.branch_id = ?""",
                        (rs, i) -> new Event(
                                rs.getString(1),
                                rs.getObject(2, LocalDateTime.class),
                                rs.getString(3),
                                t.chinese() ? rs.getString(4) : rs.getString(5)),
                        choice,
                        branchId)
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        List<Line> lines = jdbc.query(
                "select member_id, status, leave_reason, signed_in_at from cal_attendance where event_id = ?",
                (rs, i) ->
                        new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class)),
                choice);
        Map<Long, String> names =
                organization.memberNames(lines.stream().map(Line::memberId).toList());
        Map<Long, String> staff = new HashMap<>();
        organization.members(names.keySet()).forEach(m -> staff.put(m.id(), m.staffNumber()));
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(l -> staff.getOrDefault(l.memberId(), "")));
        RecordBook.Table table = RecordBook.Table.of(
                        t.t("book.signIn"),
                        t.t("book.col.no"),
                        0.8f,
                        t.t("book.col.name"),
                        2f,
                        t.t("book.col.staffNumber"),
                        1.6f,
                        t.t("book.col.signedIn"),
                        2.4f,
                        t.t("book.col.signature"),
                        3f,
                        t.t("book.col.note"),
                        2.6f)
                .withRowHeight(26);
        int no = 1;
        for (Line l : sorted) {
            String mark = l.at() != null
                    ? t.t("book.signIn.qr", CLOCK.format(l.at()))
                    : l.status() == null ? "" : t.t("enum.AttendanceStatus." + l.status());
            table.add(
                    no++,
                    names.getOrDefault(l.memberId(), ""),
                    staff.getOrDefault(l.memberId(), ""),
                    mark,
                    "",
                    l.reason());
        }
        List<String> head = new ArrayList<>();
        head.add(t.t("book.line.branch", branch.name()));
        head.add(t.t("book.signIn.event", event.type(), event.title()));
        head.add(t.t("book.signIn.when", TIME.format(event.start()), event.place() == null ? "" : event.place()));
        head.add(t.t(
                "book.signIn.count",
                lines.size(),
                lines.stream().filter(l -> l.at() != null).count()));
        head.add(kit.lines(t, branch.name(), year).get(2));
        return new RecordBook(t.t("book.signIn.title", event.title()), head, List.of(table));
    }
}
