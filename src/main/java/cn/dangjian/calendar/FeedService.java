package cn.dangjian.calendar;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AccountDirectory;
import cn.dangjian.security.AccountState;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import cn.dangjian.security.SystemAuthentication;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** iCalendar (RFC 5545) subscriptions per branch or per member, each behind its own revocable secret. */
@Service
@PreAuthorize("isAuthenticated()")
public class FeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokenRepository feeds;
    private final CurrentUser currentUser;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organization;
    private final AuditService audit;
    private final EntityManager em;
    private final Clock clock;
    private final boolean includeMinutes;

    FeedService(
            FeedTokenRepository feeds,
            CurrentUser currentUser,
            AccountDirectory accounts,
            OrganizationDirectory organization,
            AuditService audit,
            EntityManager em,
            Clock clock,
            @Value("${app.calendar.feed.include-minutes:false}") boolean includeMinutes) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.organization = organization;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
        this.includeMinutes = includeMinutes;
    }

    @Transactional(readOnly = true)
    public List<FeedLink> myFeeds() {
        return feeds
                .findByOwnerUsernameAndRevokedFalseOrderById(
                        currentUser.require().username())
                .stream()
                .map(t -> link(t, null))
                .toList();
    }

    @Transactional
    public FeedLink createBranchFeed(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return create(branchId, null);
    }

    @Transactional
    public FeedLink createMemberFeed() {
        Long memberId = currentUser.require().memberId();
        if (memberId == null) {
            throw new BusinessException("calendar.feed.noMember");
        }
        return create(null, memberId);
    }

    private FeedLink create(@Nullable Long branchId, @Nullable Long memberId) {
        String secret = newSecret();
        AppUser user = currentUser.require();
        FeedToken saved = feeds.saveAndFlush(new FeedToken(hash(secret), branchId, memberId, user.username()));
        audit.record(
                "CalendarFeed",
                saved.getId(),
                "CREATE",
                user.username(),
                Map.of(),
                Map.of("branchId", String.valueOf(branchId), "memberId", String.valueOf(memberId)));
        return link(saved, secret);
    }

    /** Gives one of the user's own feeds a new secret: the old URL stops answering, the new one is shown once. */
    @Transactional
    public FeedLink rotate(long feedId) {
        AppUser user = currentUser.require();
        FeedToken t = feeds.findById(feedId)
                .filter(f -> f.getOwnerUsername().equals(user.username()) && !f.isRevoked())
                .orElseThrow(NotFoundException::new);
        String secret = newSecret();
        t.setTokenHash(hash(secret));
        feeds.saveAndFlush(t);
        audit.record("CalendarFeed", feedId, "ROTATE", t.getOwnerUsername(), Map.of(), Map.of());
        return link(t, secret);
    }

    private static String newSecret() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** Lower-case hex SHA-256, the same as MariaDB's {@code sha2(x, 256)} used to migrate older tokens. */
    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revokes one of the user's own feeds (the administrator may revoke any). */
    @Transactional
    public void revoke(long feedId) {
        AppUser user = currentUser.require();
        FeedToken t = feeds.findById(feedId)
                .filter(f -> user.isAdmin() || f.getOwnerUsername().equals(user.username()))
                .orElseThrow(NotFoundException::new);
        t.revoke();
        feeds.saveAndFlush(t);
        audit.record(
                "CalendarFeed",
                feedId,
                "REVOKE",
                t.getOwnerUsername(),
                Map.of("revoked", false),
                Map.of("revoked", true));
    }

    private static FeedLink link(FeedToken t, @Nullable String secret) {
        return new FeedLink(
                t.getId(),
                t.getBranchId(),
                t.getMemberId(),
                secret == null ? null : "ical/" + secret + ".ics",
                t.getCreatedDate());
    }

    /**
     * The feed behind a token, for calendar clients that cannot sign in: the token is the credential.
     * Covers a year back and a year ahead; cancelled events stay in with STATUS:CANCELLED so clients drop them.
     * A feed answers only while its owner could still see it: the account is enabled, a personal feed
     * still belongs to the account's member, a branch feed to the owner's current branch (or the owner
     * sees the whole hospital). Otherwise it is "not found", like an unknown secret.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<RenderedFeed> render(String secret) {
        Optional<FeedToken> feed =
                feeds.findByTokenHash(hash(secret)).filter(f -> !f.isRevoked()).filter(this::ownerMaySee);
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        FeedToken f = feed.get();
        LocalDate today = LocalDate.now(clock);
        String where = f.getBranchId() != null
                ? "(e.branchId = :owner or t.code = 'HOSPITAL_EVENT' or :owner member of e.joint.partnerBranchIds)"
                : "(e.id in (select a.eventId from Attendance a where a.memberId = :owner) or t.code = 'HOSPITAL_EVENT')";
        List<Object[]> rows = em.createQuery("""
                select e.id, e.title, e.startAt, e.endAt, e.place, e.status, t.nameZh, e.minutes, e.branchId, e.pairingId
                from CalendarEvent e join e.eventType t
                where e.startAt between :from and :to and""" + " " + where + " order by e.startAt", Object[].class)
                .setParameter("from", today.minusYears(1).atStartOfDay())
                .setParameter("to", today.plusYears(1).atStartOfDay())
                .setParameter("owner", f.getBranchId() != null ? f.getBranchId() : f.getMemberId())
                .getResultList();
        ZoneId zone = clock.getZone();
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Dangjian Console//Party-building calendar//ZH"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        // The client has no session: once its secret is verified, the names come from the organisation's read
        // API as the system, read-only, for the owner's calendar name and the organisers of joint events.
        Map<Long, BranchRef> branches = new HashMap<>();
        String[] name = {""};
        SystemAuthentication.runAsSystem(() -> {
            branches.putAll(organization.branchesById());
            name[0] = feedName(f, branches);
        });
        cal.add(new XProperty("X-WR-CALNAME", name[0]));
        for (Object[] r : rows) {
            LocalDateTime start = (LocalDateTime) r[2];
            LocalDateTime end = (LocalDateTime) r[3];
            // A joint event names its organiser, so a partner branch sees whose meeting it is.
            BranchRef organiser = r[9] == null ? null : branches.get((Long) r[8]);
            String summary = "[" + r[6] + "] " + r[1] + (organiser == null ? "" : " · " + organiser.name());
            VEvent ev =
                    new VEvent(start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), summary);
            ev.add(new Uid("event-" + r[0] + "@dangjian"));
            if (r[4] != null) {
                ev.add(new Location((String) r[4]));
            }
            if (includeMinutes && r[7] != null) {
                ev.add(new Description((String) r[7]));
            }
            EventStatus status = (EventStatus) r[5];
            ev.add(new Status(status == EventStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            cal.add(ev);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Optional.of(new RenderedFeed(name[0], IcalFolding.refold(out.toString())));
    }

    /** "党建日历 · <branch>" or "党建日历 · <member>": names are data, the prefix is the console's product name. */
    private String feedName(FeedToken f, Map<Long, BranchRef> branches) {
        String owner = f.getBranchId() != null
                ? Optional.ofNullable(branches.get(f.getBranchId()))
                        .map(BranchRef::name)
                        .orElse("")
                : organization.memberNames(List.of(f.getMemberId())).getOrDefault(f.getMemberId(), "");
        return owner.isEmpty() ? "党建日历" : "党建日历 · " + owner;
    }

    /** The owner's account through security's API, a member's current branch through the organisation's. */
    private boolean ownerMaySee(FeedToken f) {
        Optional<AccountState> owner = accounts.stateOf(f.getOwnerUsername()).filter(AccountState::enabled);
        if (owner.isEmpty()) {
            return false;
        }
        AccountState a = owner.get();
        if (f.getMemberId() != null) {
            return f.getMemberId().equals(a.memberId());
        }
        if (Roles.ADMIN.equals(a.role()) || Roles.LEADER.equals(a.role())) {
            return true;
        }
        Long branchId = a.memberId() == null
                ? a.branchId()
                : organization.branchOfMember(a.memberId()).orElse(a.branchId());
        return Objects.equals(f.getBranchId(), branchId);
    }
}
