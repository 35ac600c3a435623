package cn.dangjian.assessment;

import cn.dangjian.calendar.CalendarService;
import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.points.EvaluationService;
import cn.dangjian.points.MemberScore;
import cn.dangjian.points.PointsLedgerService;
import cn.dangjian.points.SourceType;
import cn.dangjian.security.Roles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The honours register (表彰): public decisions, so every signed-in user reads them; the office records them. */
@Service
@PreAuthorize("isAuthenticated()")
public class HonourService {

    private final HonourRepository honours;
    private final OrganizationDirectory organization;
    private final EvaluationService evaluation;
    private final CalendarService calendar;
    private final AssessmentAudit audit;
    private final PointsLedgerService ledger;

    HonourService(
            HonourRepository honours,
            OrganizationDirectory organization,
            EvaluationService evaluation,
            CalendarService calendar,
            AssessmentAudit audit,
            PointsLedgerService ledger) {
        this.honours = honours;
        this.organization = organization;
        this.evaluation = evaluation;
        this.calendar = calendar;
        this.audit = audit;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public List<HonourRow> ofYear(int year) {
        return rows(honours.findByYearOrderByAwardAscIdAsc(year));
    }

    @Transactional(readOnly = true)
    public List<HonourRow> ofBranch(long branchId) {
        return rows(honours.findByBranchIdOrderByYearDesc(branchId));
    }

    @Transactional(readOnly = true)
    public List<HonourRow> ofMember(long memberId) {
        return rows(honours.findByMemberIdOrderByYearDesc(memberId));
    }

    /** 优秀共产党员 proposals: the points evaluation's shortlist for the year. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<MemberScore> memberProposals(int year) {
        return evaluation.evaluation(year).shortlist();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Honour add(HonourInput in) {
        Long branchId = in.branchId();
        if (in.award().forMember()) {
            if (in.memberId() == null) {
                throw new BusinessException("assessment.honour.memberRequired");
            }
            MemberRef m = organization.members(List.of(in.memberId())).stream()
                    .findFirst()
                    .orElseThrow(NotFoundException::new);
            branchId = null;
            if (honours.existsByYearAndAwardAndMemberId(in.year(), in.award(), m.id())) {
                throw new BusinessException("assessment.honour.duplicate");
            }
            in = new HonourInput(in.year(), in.award(), m.id(), null, null, in.decidedOn(), in.citation());
        } else {
            if (branchId == null || !organization.branchesById().containsKey(branchId)) {
                throw new BusinessException("assessment.honour.branchRequired");
            }
            if (in.award() == AwardKind.BEST_PARTY_DAY) {
                if (in.eventId() == null) {
                    throw new BusinessException("assessment.honour.eventRequired");
                }
                EventDetail e = calendar.detail(in.eventId());
                if (e.status() != EventStatus.HELD || e.branchId() != branchId) {
                    throw new BusinessException("assessment.honour.eventNotHeld");
                }
            }
        }
        if (in.citation() != null && in.citation().length() > 300) {
            throw new BusinessException("assessment.honour.citation");
        }
        Honour h = honours.saveAndFlush(new Honour(
                in.year(),
                in.award(),
                in.memberId(),
                branchId,
                in.award() == AwardKind.BEST_PARTY_DAY ? in.eventId() : null,
                in.decidedOn(),
                in.citation()));
        String rule = in.award().pointsRule();
        if (rule != null && in.memberId() != null) {
            // Awarded in this transaction and once per honour (the ledger looks for an entry from it first).
            h.awarded(ledger.awardOnce(
                    in.memberId(), rule, SourceType.HONOUR, h.getId(), in.decidedOn(), in.year() + "年度表彰"));
        }
        audit.record(AssessmentAudit.HONOUR, h.getId(), "CREATE", in.year() + " " + in.award(), Map.of(), snapshot(h));
        return h;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void delete(long id) {
        Honour h = honours.findById(id).orElseThrow(NotFoundException::new);
        audit.record(AssessmentAudit.HONOUR, id, "DELETE", h.getYear() + " " + h.getAward(), snapshot(h), Map.of());
        if (h.getPointsEntryId() != null) {
            // The ledger is append-only: revoking adds the compensating entry (refused if it was reversed already).
            ledger.reverse(h.getPointsEntryId(), "撤销" + h.getYear() + "年度表彰");
        }
        honours.delete(h);
    }

    private static Map<String, Object> snapshot(Honour h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("award", h.getAward().name());
        m.put("member", Objects.toString(h.getMemberId(), ""));
        m.put("branch", Objects.toString(h.getBranchId(), ""));
        m.put("event", Objects.toString(h.getEventId(), ""));
        m.put("decidedOn", h.getDecidedOn());
        m.put("citation", Objects.toString(h.getCitation(), ""));
        m.put("pointsEntry", Objects.toString(h.getPointsEntryId(), ""));
        return m;
    }

    private List<HonourRow> rows(List<Honour> list) {
        Map<Long, BranchRef> branches = organization.branchesById();
        Map<Long, String> names = new HashMap<>(organization.memberNames(
                list.stream().map(Honour::getMemberId).filter(Objects::nonNull).toList()));
        return list.stream()
                .map(h -> new HonourRow(
                        h.getId(),
                        h.getYear(),
                        h.getAward(),
                        h.getMemberId(),
                        h.getBranchId(),
                        h.getMemberId() != null
                                ? names.getOrDefault(h.getMemberId(), "")
                                : h.getBranchId() != null && branches.containsKey(h.getBranchId())
                                        ? branches.get(h.getBranchId()).name()
                                        : "",
                        h.getEventId(),
                        h.getDecidedOn(),
                        h.getCitation()))
                .toList();
    }
}
