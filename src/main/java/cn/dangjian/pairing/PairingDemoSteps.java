package cn.dangjian.pairing;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The building blocks of the pairing demo: each step goes through the services (so every rule applies) and
 * then back-dates what the services stamped with today, so the demo hospital has a history.
 */
final class PairingDemoSteps {

    private final PairingEditService pairings;
    private final PairingLifecycleService lifecycle;
    private final PairingEvidenceService evidence;
    private final ExternalUnitService units;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final LocalDate today;
    private final Random random;

    PairingDemoSteps(
            PairingEditService pairings,
            PairingLifecycleService lifecycle,
            PairingEvidenceService evidence,
            ExternalUnitService units,
            JdbcTemplate jdbc,
            UserDetailsService users,
            LocalDate today,
            Random random) {
        this.pairings = pairings;
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.units = units;
        this.jdbc = jdbc;
        this.users = users;
        this.today = today;
        this.random = random;
    }

    Long unit(String name, ExternalUnitType type, AllianceLevel level, String contact, @Nullable String phone) {
        return units.save(new ExternalUnitInput(null, 0, name, type, level, contact, phone, null))
                .getId();
    }

    record Draft(
            PairingKind kind,
            Long branchId,
            @Nullable Long partnerId,
            @Nullable Long unitId,
            String title,
            int startDaysAgo,
            int endDaysAhead,
            String signOwn,
            String signPartner) {}

    Draft internal(
            String own,
            String partner,
            String title,
            int startDaysAgo,
            int endDaysAhead,
            String signOwn,
            String signPartner) {
        return new Draft(
                PairingKind.INTERNAL,
                branch(own),
                branch(partner),
                null,
                title,
                startDaysAgo,
                endDaysAhead,
                signOwn,
                signPartner);
    }

    Draft external(
            String own,
            Long unit,
            String title,
            int startDaysAgo,
            int endDaysAhead,
            String signOwn,
            String signPartner) {
        return new Draft(
                PairingKind.EXTERNAL, branch(own), null, unit, title, startDaysAgo, endDaysAhead, signOwn, signPartner);
    }

    /** Goals spread over the term: (dimension, target, count) triples, due in turn across the term. */
    List<PairingForm.GoalForm> goals(int startDaysAgo, int endDaysAhead, Object... triples) {
        List<PairingForm.GoalForm> result = new ArrayList<>();
        LocalDate start = today.minusDays(startDaysAgo);
        LocalDate end = today.plusDays(endDaysAhead);
        int n = triples.length / 3;
        for (int i = 0; i < n; i++) {
            long span = ChronoUnit.DAYS.between(start, end);
            LocalDate due = i == n - 1 ? end : start.plusDays(span * (i + 1) / (n + 1) + random.nextInt(10));
            result.add(new PairingForm.GoalForm(
                    null,
                    (GoalDimension) triples[i * 3],
                    (String) triples[i * 3 + 1],
                    (Integer) triples[i * 3 + 2],
                    due.isAfter(end) ? end : due));
        }
        return result;
    }

    Long active(Draft d, boolean withDocument, int signedDaysAgo, List<PairingForm.GoalForm> goals) {
        LocalDate start = today.minusDays(d.startDaysAgo());
        Long id = pairings.save(
                new PairingForm(
                        null,
                        0,
                        d.kind(),
                        d.branchId(),
                        d.partnerId(),
                        d.unitId(),
                        d.title(),
                        today.minusDays(signedDaysAgo),
                        start,
                        today.plusDays(d.endDaysAhead()),
                        d.signOwn(),
                        d.signPartner(),
                        null,
                        goals),
                withDocument ? new AttachmentUpload("共建协议.pdf", demoPdf(d.title())) : null);
        lifecycle.activate(id, version(id));
        var at = Timestamp.from(start.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        jdbc.update(
                "update pairing_transition set happened_at = ? where pairing_id = ? and to_status = 'DRAFT'",
                Timestamp.from(at.toInstant().minusSeconds(86400 * 7)),
                id);
        jdbc.update(
                "update pairing_transition set happened_at = ? where pairing_id = ? and to_status = 'ACTIVE'", at, id);
        return id;
    }

    void evidenceAt(Long pairingId, int daysAgo, EvidenceKind kind, String title, int goalIndex, int... more) {
        List<Long> goalIds = jdbc.queryForList(
                "select id from pairing_goal where pairing_id = ? order by position", Long.class, pairingId);
        Set<Long> linked = new HashSet<>();
        if (goalIndex < goalIds.size()) {
            linked.add(goalIds.get(goalIndex));
        }
        for (int m : more) {
            if (m < goalIds.size()) {
                linked.add(goalIds.get(m));
            }
        }
        evidence.record(pairingId, new EvidenceForm(kind, title, today.minusDays(daysAgo), null, linked));
    }

    void markFirstGoalMet(Long pairingId) {
        var row = jdbc.queryForMap(
                "select id, version from pairing_goal where pairing_id = ? order by position limit 1", pairingId);
        evidence.setGoalMet(((Number) row.get("id")).longValue(), ((Number) row.get("version")).longValue(), true);
    }

    long version(Long pairingId) {
        Long v = jdbc.queryForObject("select version from pairing where id = ?", Long.class, pairingId);
        return v == null ? 0 : v;
    }

    Long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    void asUser(String username, Runnable work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A one-page PDF naming the agreement: enough for the download link to open something real. */
    static byte[] demoPdf(String title) {
        String text = "Co-construction agreement " + Math.abs(title.hashCode());
        String content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }
}
