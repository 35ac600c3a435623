package cn.dangjian.calendar;

import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The compliance table (规定动作完成情况): the branch's annual timetable with each item's outcome, as the page shows it. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
@Transactional(readOnly = true)
public class ComplianceBook implements RecordBookSource {

    private static final Description BOOK = Description.of("compliance", 30, "book.compliance");

    private final ComplianceService compliance;
    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final RecordBookKit kit;

    ComplianceBook(
            ComplianceService compliance, JdbcTemplate jdbc, OrganizationDirectory organization, RecordBookKit kit) {
        this.compliance = compliance;
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
        Map<String, String> typeNames = new HashMap<>();
        jdbc.query("select code, name_zh, name_en from cal_event_type", rs -> {
            typeNames.put(rs.getString(1), t.chinese() ? rs.getString(2) : rs.getString(3));
        });
        RecordBook.Table table = RecordBook.Table.of(
                t.t("book.compliance"),
                t.t("book.col.type"),
                2.4f,
                t.t("book.col.recurrence"),
                1.4f,
                t.t("book.col.period"),
                1.6f,
                t.t("book.col.dueDate"),
                1.8f,
                t.t("book.col.state"),
                1.4f,
                t.t("book.col.heldDate"),
                1.8f);
        int done = 0;
        List<DueItem> items = compliance.branchItems(branchId, year);
        for (DueItem d : items) {
            if (d.state() == DueState.ON_TIME || d.state() == DueState.LATE) {
                done++;
            }
            table.add(
                    typeNames.getOrDefault(d.typeCode(), d.typeCode()),
                    t.t("enum.Recurrence." + d.recurrence()),
                    d.periodLabel(),
                    d.dueDate(),
                    t.t("enum.DueState." + d.state()),
                    d.heldDate());
        }
        List<String> lines = new ArrayList<>(kit.lines(t, branch.name(), year));
        lines.add(t.t("book.compliance.summary", items.size(), done));
        return new RecordBook(t.t("book.compliance.title", branch.name(), String.valueOf(year)), lines, List.of(table));
    }
}
