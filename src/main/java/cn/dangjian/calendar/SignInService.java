package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.db.RetryOnConflict;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * QR self sign-in: the code a secretary shows, the window in which it works, "new code" to revoke the
 * old one, and the correction requests that scans after the recording become.
 */
@Service
@RetryOnConflict
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "')")
public class SignInService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CalendarAccess access;
    private final AttendanceService attendanceService;
    private final AttendanceRepository attendance;
    private final SignInRequestRepository requests;
    private final SignInTokens tokens;
    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;
    private final AuditService audit;
    private final EntityManager em;
    private final Clock clock;
    private final Duration opensBefore;
    private final Duration closesAfter;

    SignInService(
            CalendarAccess access,
            AttendanceService attendanceService,
            AttendanceRepository attendance,
            SignInRequestRepository requests,
            SignInTokens tokens,
            CurrentUser currentUser,
            OrganizationDirectory organization,
            AuditService audit,
            EntityManager em,
            Clock clock,
            @Value("${app.calendar.sign-in.opens-before:30m}") Duration opensBefore,
            @Value("${app.calendar.sign-in.closes-after:2h}") Duration closesAfter) {
        this.access = access;
        this.attendanceService = attendanceService;
        this.attendance = attendance;
        this.requests = requests;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.organization = organization;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
        this.opensBefore = opensBefore;
        this.closesAfter = closesAfter;
    }

    /** The event's current code; it works from {@code opens-before} the start to {@code closes-after} the end. */
    @Transactional(readOnly = true)
    public SignInCode code(long eventId) {
        CalendarEvent e = access.editable(eventId);
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("calendar.event.cancelled");
        }
        return new SignInCode(
                tokens.issue(eventId, generation(eventId)),
                e.getStartAt().minus(opensBefore),
                e.getEndAt().plus(closesAfter));
    }

    /** "New code": every code shown before stops working (a photo of the QR passed around, say). */
    @Transactional
    public SignInCode newCode(long eventId) {
        CalendarEvent e = access.editable(eventId);
        int before = generation(eventId);
        // A bulk update leaves the event's version alone, so a dialog open on the event can still save.
        em.createQuery("update CalendarEvent e set e.signInGeneration = e.signInGeneration + 1 where e.id = :id")
                .setParameter("id", eventId)
                .executeUpdate();
        audit.record(
                "CalendarEvent",
                eventId,
                "SIGN_IN_CODE",
                e.getTitle(),
                Map.of("generation", before),
                Map.of("generation", before + 1));
        return code(eventId);
    }

    private int generation(long eventId) {
        return em.createQuery("select e.signInGeneration from CalendarEvent e where e.id = :id", Integer.class)
                .setParameter("id", eventId)
                .getSingleResult();
    }

    /**
     * A member signs themself in with a scanned code. Before the recording it marks them present (twice
     * changes nothing); once the event is recorded it only files a correction request for the secretary.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SignInResult signIn(String token) {
        SignInTokens.Claim claim =
                tokens.verify(token).orElseThrow(() -> new BusinessException("calendar.signIn.invalid"));
        AppUser user = currentUser.require();
        CalendarEvent e = em.find(CalendarEvent.class, claim.eventId());
        if (e == null) {
            throw new BusinessException("calendar.signIn.invalid");
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessException("calendar.event.cancelled");
        }
        if (claim.generation() != generation(e.getId())) {
            throw new BusinessException("calendar.signIn.replaced");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(e.getStartAt().minus(opensBefore))) {
            throw new BusinessException(
                    "calendar.signIn.tooEarly",
                    e.getStartAt().minus(opensBefore).format(TIME));
        }
        if (now.isAfter(e.getEndAt().plus(closesAfter))) {
            throw new BusinessException(
                    "calendar.signIn.closed", e.getEndAt().plus(closesAfter).format(TIME));
        }
        Attendance a = user.memberId() == null
                ? null
                : attendance
                        .findByEventIdAndMemberId(e.getId(), user.memberId())
                        .orElse(null);
        if (a == null) {
            throw new BusinessException("calendar.signIn.notExpected");
        }
        if (a.getStatus() == AttendanceStatus.PRESENT) {
            return SignInResult.ALREADY_SIGNED_IN;
        }
        if (e.getStatus() == EventStatus.HELD) {
            return request(e, user.memberId(), now);
        }
        a.setStatus(AttendanceStatus.PRESENT);
        a.setLeaveReason(null);
        a.setSignedInAt(now);
        attendance.saveAndFlush(a);
        audit.record("CalendarEvent", e.getId(), "SIGN_IN", e.getTitle(), Map.of(), Map.of("member", user.memberId()));
        return SignInResult.SIGNED_IN;
    }

    private SignInResult request(CalendarEvent e, long memberId, LocalDateTime now) {
        SignInRequest existing =
                requests.findByEventIdAndMemberId(e.getId(), memberId).orElse(null);
        if (existing != null) {
            if (existing.getStatus() == SignInRequest.Status.DECLINED) {
                throw new BusinessException("calendar.signIn.declined");
            }
            return SignInResult.SENT_TO_SECRETARY;
        }
        SignInRequest saved = requests.saveAndFlush(new SignInRequest(e.getId(), memberId, now));
        audit.record(
                "CalendarEvent",
                e.getId(),
                "SIGN_IN_REQUEST",
                e.getTitle(),
                Map.of(),
                Map.of("request", saved.getId(), "member", memberId));
        return SignInResult.SENT_TO_SECRETARY;
    }

    /**
     * Pending correction requests the viewer decides: the organising branch's secretary (who records
     * the event's attendance) or the administrator; {@code eventId} narrows to one event.
     */
    @Transactional(readOnly = true)
    public List<SignInRequestRow> pending(@Nullable Long eventId) {
        AppUser user = currentUser.require();
        StringBuilder jpql = new StringBuilder("""
                select r.id, e.id, e.title, e.startAt, r.memberId, r.requestedAt
                from SignInRequest r, CalendarEvent e
                where e.id = r.eventId and r.status = :pending""");
        Map<String, Object> params = new HashMap<>();
        params.put("pending", SignInRequest.Status.PENDING);
        if (!user.isAdmin()) {
            jpql.append(" and e.branchId = :branch");
            params.put("branch", user.branchId() == null ? -1L : user.branchId());
        }
        if (eventId != null) {
            jpql.append(" and e.id = :event");
            params.put("event", eventId);
        }
        jpql.append(" order by r.requestedAt, r.id");
        var q = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(q::setParameter);
        List<Object[]> rows = q.setMaxResults(200).getResultList();
        // The requesters come from the viewer's own events, so their names may be shown, partners' included.
        Map<Long, String> names = organization.memberNames(
                rows.stream().map(r -> (Long) r[4]).distinct().toList());
        return rows.stream()
                .filter(r -> names.containsKey((Long) r[4]))
                .map(r -> new SignInRequestRow(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (LocalDateTime) r[3],
                        (Long) r[4],
                        names.get((Long) r[4]),
                        (LocalDateTime) r[5]))
                .toList();
    }

    /**
     * Accepts a late sign-in: the member becomes present and the listeners (points, evidence) hear the
     * event's attendance as it now stands. The organiser decides for members of every party of a joint event:
     * the request is about the organiser's own meeting and code, not about another branch's records.
     */
    @Transactional
    public void accept(long requestId) {
        SignInRequest r = decidable(requestId);
        CalendarEvent e = access.editable(r.getEventId());
        Attendance a = attendance
                .findByEventIdAndMemberId(e.getId(), r.getMemberId())
                .orElseThrow(() -> new BusinessException("calendar.attendance.notExpected", r.getMemberId()));
        Map<String, Object> before = Map.of("member", r.getMemberId(), "status", String.valueOf(a.getStatus()));
        a.setStatus(AttendanceStatus.PRESENT);
        a.setLeaveReason(null);
        a.setSignedInAt(r.getRequestedAt());
        attendance.saveAndFlush(a);
        audit.record(
                "CalendarEvent",
                e.getId(),
                "ATTENDANCE",
                e.getTitle(),
                before,
                Map.of("member", r.getMemberId(), "status", AttendanceStatus.PRESENT.name()));
        if (e.getStatus() == EventStatus.HELD) {
            attendanceService.publish(e, attendance.findByEvent(e.getId()));
        }
        decide(r, SignInRequest.Status.ACCEPTED, "SIGN_IN_ACCEPT", e.getTitle());
    }

    @Transactional
    public void decline(long requestId) {
        SignInRequest r = decidable(requestId);
        CalendarEvent e = access.editable(r.getEventId());
        decide(r, SignInRequest.Status.DECLINED, "SIGN_IN_DECLINE", e.getTitle());
    }

    private SignInRequest decidable(long requestId) {
        SignInRequest r = requests.findById(requestId).orElseThrow(NotFoundException::new);
        access.editable(r.getEventId()); // another branch's request is "not found", like its event
        if (r.getStatus() != SignInRequest.Status.PENDING) {
            throw new BusinessException("calendar.signIn.alreadyDecided");
        }
        return r;
    }

    private void decide(SignInRequest r, SignInRequest.Status outcome, String action, String title) {
        r.decide(outcome, currentUser.require().username(), LocalDateTime.now(clock));
        requests.saveAndFlush(r);
        audit.record(
                "CalendarEvent",
                r.getEventId(),
                action,
                title,
                Map.of("request", r.getId(), "status", "PENDING"),
                Map.of("request", r.getId(), "status", outcome.name(), "member", r.getMemberId()));
    }
}
