package cn.dangjian.points;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Yearly scores per branch and for the hospital: the branch points page and the annual evaluation. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
public class EvaluationService {

    private final JdbcTemplate jdbc;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    EvaluationService(
            JdbcTemplate jdbc,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.rulesService = rulesService;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** A branch's members with their yearly scores, best first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberScore> branchMembers(long branchId, int year) {
        currentUser.requireCanReadBranch(branchId);
        if (currentUser.require().isMember()) {
            throw new AccessDeniedException("members see their own points");
        }
        return scores(organization.membersOfBranch(branchId), year, false);
    }

    @Transactional(readOnly = true)
    public Evaluation evaluation(int year) {
        PointsSettings s = rulesService.current();
        List<MemberScore> all = scores(organization.members(), year, true);
        Map<Long, List<MemberScore>> byBranch = new LinkedHashMap<>();
        all.forEach(m ->
                byBranch.computeIfAbsent(m.branchId(), k -> new ArrayList<>()).add(m));
        Map<Long, String> codes =
                organization.branches().stream().collect(Collectors.toMap(BranchRef::id, BranchRef::code));
        List<BranchBands> bands = new ArrayList<>();
        byBranch.forEach((id, members) -> bands.add(new BranchBands(
                id,
                codes.getOrDefault(id, ""),
                members.get(0).branchName(),
                count(members, Band.EXCELLENT),
                count(members, Band.GOOD),
                count(members, Band.PASS),
                count(members, Band.FAIL),
                Math.round(members.stream()
                                        .mapToInt(MemberScore::score)
                                        .average()
                                        .orElse(0)
                                * 10)
                        / 10.0)));
        bands.sort(Comparator.comparing(BranchBands::code));
        List<MemberScore> shortlist = all.stream()
                .filter(m -> m.score() >= s.getShortlistThreshold())
                .limit(s.getShortlistTopN())
                .toList();
        List<MemberScore> probationary =
                all.stream().filter(m -> "PROBATIONARY".equals(m.status())).toList();
        return new Evaluation(year, bands, shortlist, probationary);
    }

    private static int count(List<MemberScore> members, Band band) {
        return (int) members.stream().filter(m -> m.band() == band).count();
    }

    /**
     * The members' yearly scores, best first. The members come by name from the organisation, so a stable sort
     * by net keeps the database's name order among equal scores. For the whole hospital the period's totals are
     * read whole; for a branch only its members' (a few dozen ids).
     */
    private List<MemberScore> scores(List<MemberRef> members, int year, boolean wholeHospital) {
        PointsSettings s = rulesService.current();
        Map<Long, Integer> nets = new HashMap<>();
        Map<Long, Double> hours = new HashMap<>();
        String ids = wholeHospital ? "" : " and member_id in " + placeholders(members.size());
        List<Object> args = new ArrayList<>();
        args.add(Periods.year(year));
        if (!wholeHospital) {
            members.forEach(m -> args.add(m.id()));
        }
        jdbc.query(
                "select member_id, net from points_total where period = ?" + ids,
                rs -> {
                    nets.put(rs.getLong(1), rs.getInt(2));
                },
                args.toArray());
        args.set(0, year); // the same ids, for the study year
        jdbc.query(
                "select member_id, hours from points_study where study_year = ?" + ids,
                rs -> {
                    hours.put(rs.getLong(1), rs.getDouble(2));
                },
                args.toArray());
        Map<Long, String> branchNames =
                organization.branches().stream().collect(Collectors.toMap(BranchRef::id, BranchRef::name));
        List<MemberScore> result = new ArrayList<>(members.size());
        for (MemberRef m : members) {
            int net = nets.getOrDefault(m.id(), 0);
            int score = s.score(net);
            result.add(new MemberScore(
                    m.id(),
                    m.name(),
                    m.branchId(),
                    branchNames.getOrDefault(m.branchId(), ""),
                    m.status().name(),
                    net,
                    score,
                    s.band(score),
                    hours.getOrDefault(m.id(), 0.0)));
        }
        result.sort(Comparator.comparingInt(MemberScore::net).reversed());
        return result;
    }

    private static String placeholders(int n) {
        return n == 0 ? "(null)" : "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    /**
     * The evaluation as a workbook of three sheets. {@code labels} translates the bundle keys
     * (sheet and column titles, band names), so the file is in the viewer's language.
     */
    @Transactional(readOnly = true)
    public byte[] exportXlsx(int year, Function<String, String> labels) {
        Evaluation ev = evaluation(year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "dangjian-console", "1.0");
            Worksheet branches = wb.newWorksheet(labels.apply("points.eval.sheet.branches"));
            header(
                    branches,
                    labels,
                    "points.col.code",
                    "points.col.branch",
                    "enum.Band.EXCELLENT",
                    "enum.Band.GOOD",
                    "enum.Band.PASS",
                    "enum.Band.FAIL",
                    "points.col.average");
            int r = 1;
            for (BranchBands b : ev.branches()) {
                branches.value(r, 0, b.code());
                branches.value(r, 1, b.name());
                branches.value(r, 2, b.excellent());
                branches.value(r, 3, b.good());
                branches.value(r, 4, b.pass());
                branches.value(r, 5, b.fail());
                branches.value(r, 6, b.average());
                r++;
            }
            memberSheet(wb.newWorksheet(labels.apply("points.eval.sheet.shortlist")), labels, ev.shortlist());
            memberSheet(wb.newWorksheet(labels.apply("points.eval.sheet.probationary")), labels, ev.probationary());
            everyMember(
                    wb.newWorksheet(labels.apply("book.evalMembers")),
                    labels,
                    scores(organization.members(), year, true));
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet ws, Function<String, String> labels, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            ws.value(0, c, labels.apply(keys[c]));
            ws.style(0, c).bold().set();
        }
    }

    /**
     * 评议 record: every member of the hospital, not only the shortlist and the probationary members, so each
     * branch finds all its members' grades in the file.
     */
    private static void everyMember(Worksheet ws, Function<String, String> labels, List<MemberScore> members) {
        header(
                ws,
                labels,
                "points.col.rank",
                "points.col.name",
                "points.col.branch",
                "book.col.memberStatus",
                "book.col.net",
                "points.col.score",
                "points.col.band",
                "points.col.studyHours");
        ws.freezePane(0, 1);
        ws.width(1, 12);
        ws.width(2, 24);
        int r = 1;
        for (MemberScore m : members) {
            ws.value(r, 0, r);
            ws.value(r, 1, m.name());
            ws.value(r, 2, m.branchName());
            ws.value(r, 3, labels.apply("enum.MemberStatus." + m.status()));
            ws.value(r, 4, m.net());
            ws.value(r, 5, m.score());
            ws.value(r, 6, labels.apply("enum.Band." + m.band()));
            ws.value(r, 7, m.studyHours());
            r++;
        }
    }

    private static void memberSheet(Worksheet ws, Function<String, String> labels, List<MemberScore> members) {
        header(
                ws,
                labels,
                "points.col.rank",
                "points.col.name",
                "points.col.branch",
                "points.col.score",
                "points.col.band",
                "points.col.studyHours");
        int r = 1;
        for (MemberScore m : members) {
            ws.value(r, 0, r);
            ws.value(r, 1, m.name());
            ws.value(r, 2, m.branchName());
            ws.value(r, 3, m.score());
            ws.value(r, 4, labels.apply("enum.Band." + m.band()));
            ws.value(r, 5, m.studyHours());
            r++;
        }
    }
}
