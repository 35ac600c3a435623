package cn.dangjian.points;

import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookKit;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.Roles;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The branch's leaderboard of the year (积分排行): every member with net points, score, band and study hours. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
@Transactional(readOnly = true)
public class LeaderboardBook implements RecordBookSource {

    private static final Description BOOK = Description.of("leaderboard", 70, "book.leaderboard");

    private final EvaluationService evaluation;
    private final OrganizationDirectory organization;
    private final RecordBookKit kit;

    LeaderboardBook(EvaluationService evaluation, OrganizationDirectory organization, RecordBookKit kit) {
        this.evaluation = evaluation;
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
                t.t("book.leaderboard"),
                t.t("book.col.rank"),
                0.8f,
                t.t("book.col.name"),
                2f,
                t.t("book.col.memberStatus"),
                1.4f,
                t.t("book.col.net"),
                1.2f,
                t.t("book.col.score"),
                1.2f,
                t.t("book.col.band"),
                1.2f,
                t.t("book.col.studyHours"),
                1.2f);
        int rank = 0;
        int previous = Integer.MIN_VALUE;
        int position = 0;
        for (MemberScore m : evaluation.branchMembers(branchId, year)) {
            position++;
            if (m.net() != previous) { // equal scores share a rank (1, 2, 2, 4)
                rank = position;
                previous = m.net();
            }
            table.add(
                    rank,
                    m.name(),
                    t.t("enum.MemberStatus." + m.status()),
                    m.net(),
                    m.score(),
                    t.t("enum.Band." + m.band()),
                    m.studyHours());
        }
        return new RecordBook(
                t.t("book.leaderboard.title", branch.name(), String.valueOf(year)),
                kit.lines(t, branch.name(), year),
                List.of(table));
    }
}
