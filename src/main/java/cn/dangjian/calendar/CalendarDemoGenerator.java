package cn.dangjian.calendar;

import static cn.dangjian.calendar.CalendarDemoTexts.LEAVE;
import static cn.dangjian.calendar.CalendarDemoTexts.MINUTES;
import static cn.dangjian.calendar.CalendarDemoTexts.PLACES;
import static cn.dangjian.calendar.CalendarDemoTexts.THEMES;
import static cn.dangjian.calendar.CalendarDemoTexts.VOLUNTEER;

import cn.dangjian.common.contracts.EventTypeCodes;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the rows of {@link CalendarDemoData}; kept apart from the inserts so the rules of "realistic" are in
 * one place.
 */
final class CalendarDemoGenerator {

    final Random random;
    final LocalDate today;
    long nextId;
    final Map<Long, List<Long>> members;
    final Map<Long, List<Long>> committee;
    final List<Object[]> events = new ArrayList<>();
    final List<Object[]> attendance = new ArrayList<>();

    CalendarDemoGenerator(
            Random random,
            LocalDate today,
            long nextId,
            Map<Long, List<Long>> members,
            Map<Long, List<Long>> committee) {
        this.random = random;
        this.today = today;
        this.nextId = nextId;
        this.members = members;
        this.committee = committee;
    }

    void duty(long branchId, String code, DutySpec spec, DueItem due, double diligence) {
        LocalDate date = pickDate(spec, due);
        boolean lagging = diligence < 0.8;
        // Lagging branches slip most in recent months: the heatmap's right edge shows it.
        double d = lagging && date.isAfter(today.minusMonths(5)) ? diligence - 0.2 : diligence;
        String status;
        if (date.isAfter(today)) {
            status = "PLANNED";
        } else {
            double r = random.nextDouble();
            if (r < d) {
                status = "HELD";
            } else if (r < d + (1 - d) * 0.35) {
                date = due.dueDate().plusDays(3 + random.nextInt(12));
                status = date.isAfter(today) ? "PLANNED" : "HELD";
            } else if (r < d + (1 - d) * 0.5) {
                status = "CANCELLED";
            } else if (r < d + (1 - d) * 0.75) {
                status = "PLANNED";
            } else {
                return;
            }
        }
        String typeCode = spec.typeCode();
        int[] hours = switch (typeCode) {
            case EventTypeCodes.COMMITTEE_MEETING -> new int[] {12, 1};
            case EventTypeCodes.GROUP_MEETING -> new int[] {17, 1};
            case EventTypeCodes.THEMED_DAY -> new int[] {14, 3};
            case EventTypeCodes.ORG_LIFE_MEETING -> new int[] {14, 3};
            default -> new int[] {15, 2};
        };
        String title = title(typeCode, due, date);
        Audience audience = typeCode.equals(EventTypeCodes.COMMITTEE_MEETING) ? Audience.COMMITTEE : Audience.BRANCH;
        add(
                branchId,
                spec.typeId(),
                title,
                date.atTime(hours[0], 0),
                date.atTime(hours[0], 0).plusHours(hours[1]),
                PLACES[random.nextInt(PLACES.length)],
                null,
                audience,
                status,
                code);
    }

    private LocalDate pickDate(DutySpec spec, DueItem due) {
        return switch (spec.recurrence()) {
            case MONTHLY ->
                due.periodStart()
                        .plusDays(
                                switch (spec.typeCode()) {
                                    case EventTypeCodes.COMMITTEE_MEETING -> 2 + random.nextInt(8);
                                    case EventTypeCodes.GROUP_MEETING -> 9 + random.nextInt(10);
                                    default -> 14 + random.nextInt(12);
                                });
            case QUARTERLY -> due.periodStart().plusDays(20 + random.nextInt(60));
            case YEARLY -> LocalDate.of(due.periodStart().getYear(), 11, 20).plusDays(random.nextInt(25));
        };
    }

    private String title(String typeCode, DueItem due, LocalDate date) {
        int q = (due.periodStart().getMonthValue() - 1) / 3 + 1;
        int y = due.periodStart().getYear();
        return switch (typeCode) {
            case EventTypeCodes.GENERAL_MEETING -> y + "年第" + q + "季度支部党员大会";
            case EventTypeCodes.COMMITTEE_MEETING -> due.periodStart().getMonthValue() + "月支委会";
            case EventTypeCodes.GROUP_MEETING -> due.periodStart().getMonthValue() + "月党小组会";
            case EventTypeCodes.PARTY_LECTURE -> y + "年第" + q + "季度党课";
            case EventTypeCodes.THEMED_DAY -> "主题党日：" + THEMES[random.nextInt(THEMES.length)];
            case EventTypeCodes.ORG_LIFE_MEETING -> y + "年度组织生活会";
            case EventTypeCodes.DEMOCRATIC_APPRAISAL -> y + "年度民主评议党员";
            default -> typeCode + " " + date;
        };
    }

    void extras(
            long branchId,
            String code,
            boolean serving,
            Map<String, Long> typeIds,
            LocalDate first,
            LocalDate horizon) {
        for (YearMonth ym = YearMonth.from(first); !ym.atDay(1).isAfter(horizon); ym = ym.plusMonths(1)) {
            if (serving && random.nextInt(100) < 30) {
                LocalDate d = ym.atDay(5 + random.nextInt(20));
                add(
                        branchId,
                        typeIds.get(EventTypeCodes.VOLUNTEER_SERVICE),
                        VOLUNTEER[random.nextInt(VOLUNTEER.length)],
                        d.atTime(8, 30),
                        d.atTime(11, 30),
                        "社区卫生服务中心",
                        "共建社区",
                        Audience.BRANCH,
                        outcome(d),
                        code);
            }
            if (random.nextInt(100) < 15) {
                LocalDate d = ym.atDay(3 + random.nextInt(24));
                add(
                        branchId,
                        typeIds.get(EventTypeCodes.STUDY_SESSION),
                        "集中学习：" + THEMES[random.nextInt(THEMES.length)],
                        d.atTime(16, 0),
                        d.atTime(17, 30),
                        PLACES[random.nextInt(PLACES.length)],
                        null,
                        Audience.BRANCH,
                        outcome(d),
                        code);
            }
            if ((code.equals("C08") || code.equals("C11")) && ym.getMonthValue() % 3 == 2) {
                LocalDate d = ym.atDay(10 + random.nextInt(10));
                add(
                        branchId,
                        typeIds.get(EventTypeCodes.JOINT_ACTIVITY),
                        "联建活动：中医适宜技术进产科",
                        d.atTime(14, 0),
                        d.atTime(17, 0),
                        "康复医学科示教室",
                        code.equals("C08") ? "康复中医党支部" : "妇产科党支部",
                        Audience.BRANCH,
                        outcome(d),
                        code);
            }
        }
    }

    void hospitalEvents(long organiser, long typeId, LocalDate first, LocalDate horizon) {
        for (int y = first.getYear(); y <= horizon.getYear(); y++) {
            Object[][] items = {
                {LocalDate.of(y, 1, 20), "年度党建工作会议"},
                {LocalDate.of(y, 7, 1), "庆祝建党" + (y - 1921) + "周年大会"},
                {LocalDate.of(y, 11, 10), "院党委书记讲党课"}
            };
            for (Object[] it : items) {
                LocalDate d = (LocalDate) it[0];
                if (!d.isBefore(first) && !d.isAfter(horizon)) {
                    add(
                            organiser,
                            typeId,
                            (String) it[1],
                            d.atTime(9, 0),
                            d.atTime(11, 30),
                            "医院报告厅",
                            null,
                            Audience.BRANCH,
                            d.isAfter(today) ? "PLANNED" : "HELD",
                            "F01");
                }
            }
        }
    }

    private String outcome(LocalDate d) {
        return d.isAfter(today) ? "PLANNED" : random.nextInt(100) < 92 ? "HELD" : "CANCELLED";
    }

    private void add(
            long branchId,
            long typeId,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            String place,
            @Nullable String partners,
            Audience audience,
            String status,
            String code) {
        long id = nextId++;
        boolean held = status.equals("HELD");
        events.add(new Object[] {
            id,
            branchId,
            typeId,
            title,
            Timestamp.valueOf(start),
            Timestamp.valueOf(end),
            place,
            partners,
            audience.name(),
            status,
            held ? Date.valueOf(start.toLocalDate()) : null,
            held ? MINUTES[random.nextInt(MINUTES.length)] : null
        });
        List<Long> expected = audience == Audience.COMMITTEE
                ? committee.getOrDefault(branchId, members.getOrDefault(branchId, List.of()))
                : members.getOrDefault(branchId, List.of());
        int presentPct = CalendarDemoData.LAGGING.containsKey(code) ? 74 : 88;
        for (Long m : Set.copyOf(expected).stream().sorted().toList()) {
            String st = null;
            String reason = null;
            if (held) {
                int r = random.nextInt(100);
                st = r < presentPct ? "PRESENT" : r < presentPct + 7 ? "LEAVE" : "ABSENT";
                reason = st.equals("LEAVE") ? LEAVE[random.nextInt(LEAVE.length)] : null;
            }
            attendance.add(new Object[] {id, m, st, reason});
        }
    }
}
