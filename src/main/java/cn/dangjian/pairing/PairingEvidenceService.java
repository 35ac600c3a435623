package cn.dangjian.pairing;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What was done under a pairing: evidence records and goals marked met, by admins and the parties' secretaries. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class PairingEvidenceService {

    private final PairingEvidenceRepository evidence;
    private final PairingGoalRepository goals;
    private final PairingAccess access;
    private final Validation validation;
    private final AuditService audit;
    private final Clock clock;

    PairingEvidenceService(
            PairingEvidenceRepository evidence,
            PairingGoalRepository goals,
            PairingAccess access,
            Validation validation,
            AuditService audit,
            Clock clock) {
        this.evidence = evidence;
        this.goals = goals;
        this.access = access;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Long record(Long pairingId, EvidenceForm form) {
        validation.check(form);
        Pairing p = access.workable(pairingId);
        if (!p.getStatus().isLive()) {
            throw new BusinessException("pairing.evidence.notLive");
        }
        if (form.happenedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("pairing.evidence.future");
        }
        Set<Long> own = p.getGoals().stream().map(PairingGoal::getId).collect(Collectors.toSet());
        if (!own.containsAll(form.goalIds())) {
            throw new NotFoundException();
        }
        PairingEvidence e = new PairingEvidence(pairingId);
        e.setKind(form.kind());
        e.setTitle(form.title().trim());
        e.setHappenedOn(form.happenedOn());
        e.setDescription(
                form.description() == null || form.description().isBlank()
                        ? null
                        : form.description().trim());
        e.getGoalIds().addAll(form.goalIds());
        PairingEvidence saved = evidence.saveAndFlush(e);
        audit.record("PairingEvidence", saved.getId(), "CREATE", saved.getTitle(), Map.of(), snapshot(saved));
        return saved.getId();
    }

    @Transactional
    public void remove(Long evidenceId) {
        PairingEvidence e = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
        access.workable(e.getPairingId());
        if (e.getCalendarEventId() != null) {
            throw new BusinessException("pairing.evidence.fromCalendar");
        }
        audit.record("PairingEvidence", evidenceId, "DELETE", e.getTitle(), snapshot(e), Map.of());
        evidence.delete(e);
        evidence.flush();
    }

    /**
     * Re-assigns evidence to other goals of its pairing (none is allowed). The only change evidence from the
     * calendar accepts: its date, title and head counts follow the event, but which goal it serves is the
     * parties' judgement, and the calendar keeps whatever is set here.
     */
    @Transactional
    public void reassignGoals(Long evidenceId, Set<Long> goalIds) {
        PairingEvidence e = evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
        Pairing p = access.workable(e.getPairingId());
        Set<Long> own = p.getGoals().stream().map(PairingGoal::getId).collect(Collectors.toSet());
        if (!own.containsAll(goalIds)) {
            throw new NotFoundException();
        }
        Map<String, Object> before = snapshot(e);
        e.getGoalIds().clear();
        e.getGoalIds().addAll(goalIds);
        PairingEvidence saved = evidence.saveAndFlush(e);
        audit.record("PairingEvidence", evidenceId, "UPDATE", saved.getTitle(), before, snapshot(saved));
    }

    /** Marks a goal met today, or not met. */
    @Transactional
    public void setGoalMet(Long goalId, long expectedVersion, boolean met) {
        PairingGoal g = goals.findById(goalId).orElseThrow(NotFoundException::new);
        Pairing p = access.workable(g.getPairing().getId());
        if (!p.getStatus().isLive()) {
            throw new BusinessException("pairing.evidence.notLive");
        }
        if (g.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        LocalDate before = g.getMetDate();
        g.setMetDate(met ? LocalDate.now(clock) : null);
        goals.saveAndFlush(g);
        audit.record(
                "PairingGoal",
                goalId,
                "UPDATE",
                g.getTarget(),
                mapOf("metDate", before),
                mapOf("metDate", g.getMetDate()));
    }

    static Map<String, Object> snapshot(PairingEvidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairing", e.getPairingId());
        m.put("kind", e.getKind());
        m.put("title", e.getTitle());
        m.put("happenedOn", e.getHappenedOn());
        m.put("description", e.getDescription());
        m.put("calendarEvent", e.getCalendarEventId());
        m.put("goals", new TreeSet<>(new HashSet<>(e.getGoalIds())));
        m.put("externalParticipants", e.getExternalParticipants());
        m.put("peopleServed", e.getPeopleServed());
        return m;
    }

    private static Map<String, Object> mapOf(String key, @Nullable Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }
}
