package cn.dangjian.pairing;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of pairings and alliances (at term end or yearly). The form is prefilled from the records of the period
 * since the last review (or the term's start): goals met, joint activities, people served, needs closed and their
 * ratings. The office records the review with the partners' comments and the outcome; whoever reads the pairing
 * reads its reviews. The outcome is a decision on record: the lifecycle buttons carry it out.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
public class ReviewService {

    private final PairingReviewRepository reviews;
    private final PairingGoalRepository goals;
    private final PairingAccess access;
    private final PairingHealthCalculator health;
    private final Validation validation;
    private final AuditService audit;
    private final EntityManager em;

    ReviewService(
            PairingReviewRepository reviews,
            PairingGoalRepository goals,
            PairingAccess access,
            PairingHealthCalculator health,
            Validation validation,
            AuditService audit,
            EntityManager em) {
        this.reviews = reviews;
        this.goals = goals;
        this.access = access;
        this.health = health;
        this.validation = validation;
        this.audit = audit;
        this.em = em;
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> list(Long pairingId) {
        access.readable(pairingId);
        return reviews.findByPairing(pairingId).stream()
                .map(r -> new ReviewItem(
                        r.getId(),
                        r.reviewedOn,
                        new ReviewFigures(
                                r.periodStart,
                                r.periodEnd,
                                r.goalsTotal,
                                r.goalsMet,
                                r.jointEvents,
                                r.peopleServed,
                                r.needsClosed,
                                r.needsRated,
                                r.needsSatisfied),
                        r.leadComment,
                        r.partnerComments,
                        r.outcome,
                        r.reviewer))
                .toList();
    }

    /** The figures of the period since the last review (or the term's start) up to today. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ReviewFigures prefill(Long pairingId) {
        Pairing p = access.readable(pairingId);
        LocalDate today = health.today();
        LocalDate start = reviews.findByPairing(pairingId).stream()
                .map(r -> r.periodEnd.plusDays(1))
                .findFirst()
                .orElse(p.getTermStart());
        if (start.isAfter(today)) {
            start = today;
        }
        return figures(p, start, today);
    }

    ReviewFigures figures(Pairing p, LocalDate from, LocalDate to) {
        Map<Long, Long> linked = new HashMap<>();
        for (Object[] row : goals.countEvidenceByGoal(List.of(p.getId()))) {
            linked.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        int met = (int) p.getGoals().stream()
                .filter(g -> PairingHealthRule.goalMet(
                        g.getMetDate(), g.getTargetCount(), linked.getOrDefault(g.getId(), 0L)))
                .count();
        Object[] ev = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(case when kind = 'JOINT_ACTIVITY' then 1 else 0 end), 0),
                               coalesce(sum(people_served), 0)
                        from pairing_evidence where pairing_id = :p and happened_on between :from and :to""")
                .setParameter("p", p.getId())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        Object[] needs = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(sum(case when rating is not null then 1 else 0 end), 0),
                               coalesce(sum(case when rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end), 0)
                        from pairing_need where pairing_id = :p and status in ('DONE', 'RATED')
                          and closed_on between :from and :to""")
                .setParameter("p", p.getId())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return new ReviewFigures(
                from, to, p.getGoals().size(), met, n(ev[0]), n(ev[1]), n(needs[0]), n(needs[1]), n(needs[2]));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Long record(Long pairingId, ReviewInput in) {
        validation.check(in);
        Pairing p = access.readable(pairingId);
        if (p.getStatus() == PairingStatus.DRAFT) {
            throw new NotFoundException();
        }
        ReviewFigures f = in.figures();
        if (f.periodEnd().isBefore(f.periodStart())) {
            throw new BusinessException("review.periodOrder");
        }
        if (f.goalsMet() > f.goalsTotal()
                || f.needsRated() > f.needsClosed()
                || f.needsSatisfied() > f.needsRated()
                || f.goalsMet() < 0
                || f.jointEvents() < 0
                || f.peopleServed() < 0
                || f.needsSatisfied() < 0) {
            throw new BusinessException("review.figuresInconsistent");
        }
        PairingReview r = new PairingReview(pairingId);
        r.reviewedOn = health.today();
        r.periodStart = f.periodStart();
        r.periodEnd = f.periodEnd();
        r.goalsTotal = f.goalsTotal();
        r.goalsMet = f.goalsMet();
        r.jointEvents = f.jointEvents();
        r.peopleServed = f.peopleServed();
        r.needsClosed = f.needsClosed();
        r.needsRated = f.needsRated();
        r.needsSatisfied = f.needsSatisfied();
        r.leadComment = blankToNull(in.leadComment());
        r.partnerComments = blankToNull(in.partnerComments());
        r.outcome = in.outcome();
        r.reviewer = access.user().getUsername();
        PairingReview saved = reviews.saveAndFlush(r);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("period", f.periodStart() + "~" + f.periodEnd());
        after.put("figures", f.toString());
        after.put("outcome", in.outcome());
        audit.record("PairingReview", saved.getId(), "CREATE", p.getAgreementTitle(), Map.of(), after);
        return saved.getId();
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
