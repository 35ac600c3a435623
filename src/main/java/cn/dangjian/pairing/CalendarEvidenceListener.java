package cn.dangjian.pairing;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.contracts.EventAttendanceChanged;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a held joint event of the calendar into "joint activity" evidence of its pairing, keyed by
 * the calendar event id so a repeated message updates rather than duplicates; a cancelled event,
 * or one no longer under a pairing, takes its evidence away. Runs inside the calendar's transaction.
 */
@Component
class CalendarEvidenceListener {

    private static final Logger log = LoggerFactory.getLogger(CalendarEvidenceListener.class);
    private final PairingEvidenceRepository evidence;
    private final PairingRepository pairings;
    private final AuditService audit;

    CalendarEvidenceListener(PairingEvidenceRepository evidence, PairingRepository pairings, AuditService audit) {
        this.evidence = evidence;
        this.pairings = pairings;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void on(EventAttendanceChanged event) {
        Optional<PairingEvidence> existing = evidence.findByCalendarEventId(event.eventId());
        Pairing pairing = event.held() && event.pairingId() != null
                ? pairings.findWithParties(event.pairingId()).orElse(null)
                : null;
        // The organiser must be a party to the pairing: the calendar must not write into other branches' pairings.
        boolean applies = pairing != null && pairing.getStatus().isLive() && pairing.involves(event.branchId());
        if (!applies) {
            if (pairing != null) {
                log.warn(
                        "Calendar event {} of branch {} ignored for pairing {}",
                        event.eventId(),
                        event.branchId(),
                        pairing.getId());
            }
            existing.ifPresent(e -> {
                audit.record(
                        "PairingEvidence",
                        e.getId(),
                        "DELETE",
                        e.getTitle(),
                        PairingEvidenceService.snapshot(e),
                        Map.of());
                evidence.delete(e);
                evidence.flush();
            });
            return;
        }
        PairingEvidence e = existing.orElseGet(() -> new PairingEvidence(pairing.getId()));
        Map<String, Object> before = e.getId() == null ? Map.of() : PairingEvidenceService.snapshot(e);
        e.setPairingId(pairing.getId());
        e.setKind(EvidenceKind.JOINT_ACTIVITY);
        e.setTitle(event.title().length() > 200 ? event.title().substring(0, 200) : event.title());
        e.setHappenedOn(event.heldDate());
        e.setCalendarEventId(event.eventId());
        e.setExternalParticipants(event.externalParticipants());
        e.setPeopleServed(event.peopleServed());
        boolean fresh = e.getId() == null || !e.getPairingId().equals(before.get("pairing"));
        if (fresh) {
            // The organiser's choice starts the evidence; once it exists, re-assignment on the pairing page wins.
            Set<Long> own = pairing.getGoals().stream().map(PairingGoal::getId).collect(Collectors.toSet());
            e.getGoalIds().clear();
            event.goalIds().stream().filter(own::contains).forEach(e.getGoalIds()::add);
        }
        PairingEvidence saved = evidence.saveAndFlush(e);
        audit.record(
                "PairingEvidence",
                saved.getId(),
                before.isEmpty() ? "CREATE" : "UPDATE",
                saved.getTitle(),
                before,
                PairingEvidenceService.snapshot(saved));
    }
}
