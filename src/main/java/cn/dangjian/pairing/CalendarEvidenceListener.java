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
 * the calendar event id so a repeated message updates rather than duplicates (once per event: an alliance's
 * evidence is its own, read by every party); a cancelled event,
 * or one no longer under a pairing, takes its evidence away. Runs inside the calendar's transaction.
 */
@Component
class CalendarEvidenceListener {

    private static final Logger log = LoggerFactory.getLogger(CalendarEvidenceListener.class);
    private final PairingEvidenceRepository evidence;
    private final PairingRepository pairings;
    private final PairingPartyRepository parties;
    private final AuditService audit;

    CalendarEvidenceListener(
            PairingEvidenceRepository evidence,
            PairingRepository pairings,
            PairingPartyRepository parties,
            AuditService audit) {
        this.evidence = evidence;
        this.pairings = pairings;
        this.parties = parties;
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
        boolean applies = pairing != null && pairing.getStatus().isLive() && isParty(pairing, event.branchId());
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

    /**
     * Whether the organiser is a party: one of a pairing's two sides, or for an alliance its lead or any internal
     * party that has not left, the rule {@link PairingDirectoryService#partyBranchesOf} gives the calendars. Checking
     * only the alliance's lead would drop the evidence of every event a member party organises. Read here without
     * that service's sign-in check: the message may come from work nobody is signed in for.
     */
    private boolean isParty(Pairing pairing, long branchId) {
        if (pairing.getKind() != PairingKind.ALLIANCE || pairing.getBranchId() == branchId) {
            return pairing.involves(branchId);
        }
        return parties.findByPairing(pairing.getId()).stream()
                .anyMatch(x -> x.getLeftOn() == null && Long.valueOf(branchId).equals(x.getBranchId()));
    }
}
