package cn.dangjian.calendar;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三会一课 record: every held general meeting, committee meeting, group meeting and Party lecture of a branch's year
 * with its date, type, place, host, who attended and who was absent (with the reason) and the minutes. The host is
 * the branch's secretary: events record no chair of their own, and the regulation has the secretary preside.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
@Transactional(readOnly = true)
public class MeetingRecordBook implements RecordBookSource {

    private static final Description BOOK = Description.of("meetings", 10, "book.meetings");

    static final List<String> TYPES = List.of(
            EventTypeCodes.GENERAL_MEETING,
            EventTypeCodes.COMMITTEE_MEETING,
            EventTypeCodes.GROUP_MEETING,
            EventTypeCodes.PARTY_LECTURE);

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final RecordBookKit kit;

    MeetingRecordBook(JdbcTemplate jdbc, OrganizationDirectory organization, RecordBookKit kit) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.kit = kit;
    }

    @Override
    public Description description() {
        return BOOK;
    }

    private record Meeting(
            long id,
            LocalDate date,
            String type,
            String title,
            @Nullable String place,
            @Nullable String minutes) {}

    @Override
    public RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale) {
        BranchSummary branch = organization.readableBranch(branchId);
        BookTexts t = kit.texts(locale);
        List<Meeting> meetings = jdbc.query(
                """
                select e.id, coalesce(e.held_date, date(e.start_at)), t.name_zh, t.name_en, e.title, e.place, e.minutes
                from cal_event e join cal_event_type t on t.id = e.event_type_id
                where e.branch_id = ? and e.status = 'HELD' and e.start_at >= ? and e.start_at < ?
                  and t.code in (?, ?, ?, ?)
                order by 2, e.id""",
                (rs, i) -> new Meeting(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        t.chinese() ? rs.getString(3) : rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)),
                branchId,
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(),
                TYPES.get(0),
                TYPES.get(1),
                TYPES.get(2),
                TYPES.get(3));
        Map<Long, List<Object[]>> attendance = new HashMap<>();
        Set<Long> memberIds = new HashSet<>();
        jdbc.query(
                """
                select a.event_id, a.member_id, a.status, a.leave_reason from cal_attendance a
                join cal_event e on e.id = a.event_id
                where e.branch_id = ? and e.status = 'HELD' and e.start_at >= ? and e.start_at < ?""",
                rs -> {
                    attendance
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4)});
                    memberIds.add(rs.getLong(2));
                },
                branchId,
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
        Map<Long, String> names = organization.memberNames(memberIds);
        RecordBook.Table table = RecordBook.Table.of(
                t.t("book.meetings"),
                t.t("book.col.date"),
                2.2f,
                t.t("book.col.type"),
                2f,
                t.t("book.col.subject"),
                3f,
                t.t("book.col.place"),
                2.2f,
                t.t("book.col.host"),
                1.6f,
                t.t("book.col.expected"),
                1.2f,
                t.t("book.col.present"),
                1.2f,
                t.t("book.col.attendees"),
                4f,
                t.t("book.col.absentees"),
                3.5f,
                t.t("book.col.minutes"),
                5f);
        for (Meeting m : meetings) {
            List<String> present = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            List<Object[]> rows = attendance.getOrDefault(m.id(), List.of());
            for (Object[] a : rows) {
                String name = names.getOrDefault((Long) a[0], "");
                if ("PRESENT".equals(a[1])) {
                    present.add(name);
                } else {
                    String status =
                            a[1] == null ? t.t("book.attendance.unrecorded") : t.t("enum.AttendanceStatus." + a[1]);
                    String reason = a[2] == null ? status : status + ": " + a[2];
                    absent.add(t.t("book.absentee", name, reason));
                }
            }
            table.add(
                    m.date(),
                    m.type(),
                    m.title(),
                    m.place(),
                    branch.secretary(),
                    rows.size(),
                    present.size(),
                    String.join(t.t("book.separator"), present),
                    String.join(t.t("book.separator"), absent),
                    m.minutes());
        }
        return new RecordBook(
                t.t("book.meetings.title", branch.name(), String.valueOf(year)),
                kit.lines(t, branch.name(), year),
                List.of(table),
                true);
    }
}
