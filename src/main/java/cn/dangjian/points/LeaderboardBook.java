package cn.dangjian.points;

import cn.dangjian.common.export.BookTexts;
import cn.dangjian.common.export.RecordBook;
import cn.dangjian.common.export.RecordBookSource;
import cn.dangjian.common.i18n.BundleI18NProvider;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
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

    private final EvaluationService evaluation;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final BundleI18NProvider texts;
    private final Clock clock;

    LeaderboardBook(
            EvaluationService evaluation,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            BundleI18NProvider texts,
            Clock clock) {
        this.evaluation = evaluation;
        this.organization = organization;
        this.currentUser = currentUser;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "leaderboard";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "book.leaderboard";
    }

    @Override
    public RecordBook build(long branchId, int year, @Nullable Long choice, Locale locale) {
        BranchRef branch = LedgerBook.readable(organization, currentUser, branchId);
        BookTexts t = new BookTexts(texts, locale);
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
                t.lines(branch.name(), year, clock),
                List.of(table));
    }
}
