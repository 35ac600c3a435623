package cn.dangjian.pairing;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A review of a pairing or alliance (term end or yearly): confirmed figures, comments, outcome. Never changed. */
@Entity
@Table(name = "pairing_review")
class PairingReview extends BaseEntity {

    @Column(name = "pairing_id", nullable = false)
    Long pairingId = 0L;

    @Column(name = "reviewed_on", nullable = false)
    LocalDate reviewedOn = LocalDate.of(2000, 1, 1);

    @Column(name = "period_start", nullable = false)
    LocalDate periodStart = LocalDate.of(2000, 1, 1);

    @Column(name = "period_end", nullable = false)
    LocalDate periodEnd = LocalDate.of(2000, 1, 1);

    @Column(name = "goals_total", nullable = false)
    int goalsTotal;

    @Column(name = "goals_met", nullable = false)
    int goalsMet;

    @Column(name = "joint_events", nullable = false)
    int jointEvents;

    @Column(name = "people_served", nullable = false)
    int peopleServed;

    @Column(name = "needs_closed", nullable = false)
    int needsClosed;

    @Column(name = "needs_rated", nullable = false)
    int needsRated;

    @Column(name = "needs_satisfied", nullable = false)
    int needsSatisfied;

    @Column(name = "lead_comment", length = 1000)
    @Nullable
    String leadComment;

    @Column(name = "partner_comments", length = 2000)
    @Nullable
    String partnerComments;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    ReviewOutcome outcome = ReviewOutcome.RENEW;

    @Column(name = "reviewer", nullable = false, length = 100)
    String reviewer = "";

    protected PairingReview() {}

    PairingReview(Long pairingId) {
        this.pairingId = pairingId;
    }
}
