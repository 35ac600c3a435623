package cn.dangjian.plan;

import cn.dangjian.audit.AuditService;
import cn.dangjian.calendar.HeldEvent;
import cn.dangjian.calendar.HeldEventService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.ClosedNeeds;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.AttachmentRules;
import cn.dangjian.pairing.AttachmentUpload;
import cn.dangjian.security.Actors;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一支部一品牌: a branch's secretary writes the brand and its monthly results; the office approves the brand
 * (or sends it back) and comments on results; everyone signed in sees the wall.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BrandService {

    private final BrandRepository brands;
    private final BrandMonthRepository months;
    private final PlanAttachmentRepository files;
    private final KeyTaskRepository tasks;
    private final HeldEventService heldEvents;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final BrandPages pages;
    private final BrandNeeds needs;

    BrandService(
            BrandRepository brands,
            BrandMonthRepository months,
            PlanAttachmentRepository files,
            KeyTaskRepository tasks,
            HeldEventService heldEvents,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            BrandPages pages,
            BrandNeeds needs) {
        this.pages = pages;
        this.needs = needs;
        this.brands = brands;
        this.months = months;
        this.files = files;
        this.tasks = tasks;
        this.heldEvents = heldEvents;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** One card per serving branch, with or without a brand: a missing brand shows as a gap. */
    @Transactional(readOnly = true)
    public List<BrandCard> wall(int year) {
        Map<Long, Brand> byBranch =
                brands.findByYear(year).stream().collect(Collectors.toMap(Brand::getBranchId, b -> b));
        Map<Long, Integer> withResults = monthsWithEvidence(List.copyOf(byBranch.values()));
        return organization.branches().stream()
                .filter(b -> b.kind().isServing() || byBranch.containsKey(b.id()))
                .map(b -> {
                    Brand brand = byBranch.get(b.id());
                    if (brand == null) {
                        return new BrandCard(b.id(), b.name(), null, null, null, null, 0, 0, 0);
                    }
                    BrandInput in = brand.input();
                    return new BrandCard(
                            b.id(),
                            b.name(),
                            brand.getId(),
                            brand.getName(),
                            brand.getSlogan(),
                            brand.getState(),
                            withResults.getOrDefault(brand.getId(), 0),
                            in.targetsMet(),
                            in.targetCount());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<BrandPage> brand(long branchId, int year) {
        currentUser.requireCanReadBranch(branchId);
        return brands.findOne(branchId, year).map(pages::page);
    }

    /** Creates or changes the branch's brand; a new or sent-back brand goes (back) to the office for approval. */
    @Transactional
    public long save(long branchId, int year, long version, BrandInput in) {
        currentUser.requireCanEditBranch(branchId);
        if (!organization.branchesById().containsKey(branchId)) {
            throw new NotFoundException();
        }
        check(in, year);
        Brand brand = brands.findOne(branchId, year).orElseGet(() -> new Brand(branchId, year));
        if (brand.getId() != null && brand.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Brand.class, brand.getId());
        }
        Map<String, Object> before =
                brand.getId() == null ? Map.of() : brand.input().asMap();
        brand.apply(in);
        if (brand.getId() == null || brand.getState() == BrandState.RETURNED) {
            brand.review(BrandState.SUBMITTED, brand.getReviewComment(), null);
        }
        Brand saved = brands.save(brand);
        audit.record("Brand", saved.getId(), before.isEmpty() ? "CREATE" : "UPDATE", in.name(), before, in.asMap());
        return Objects.requireNonNull(saved.getId());
    }

    /** Approves ({@code approve}) or sends back the brand with the office's reason. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void review(long brandId, long version, boolean approve, @Nullable String comment) {
        Brand brand = brands.findById(brandId).orElseThrow(NotFoundException::new);
        if (brand.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Brand.class, brandId);
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new BusinessException("plan.assignment.reason");
        }
        BrandState next = approve ? BrandState.APPROVED : BrandState.RETURNED;
        audit.record(
                "Brand",
                brandId,
                next.name(),
                brand.getName(),
                Map.of("state", brand.getState().name()),
                Map.of("state", next.name(), "comment", String.valueOf(comment)));
        brand.review(next, comment, Actors.current());
    }

    /** 月月出成效: one line for a month that has begun, with held events of that month and closed needs as evidence. */
    @Transactional
    public void recordMonth(long brandId, MonthInput in) {
        Brand brand = brands.findById(brandId).orElseThrow(NotFoundException::new);
        var user = currentUser.require();
        if (!user.isAdmin() && !(user.isSecretary() && Objects.equals(user.branchId(), brand.getBranchId()))) {
            throw new NotFoundException();
        }
        YearMonth month = YearMonth.of(brand.getYear(), Math.clamp(in.month(), 1, 12));
        if (in.month() < 1 || in.month() > 12 || month.isAfter(YearMonth.now(clock))) {
            throw new BusinessException("plan.brand.month");
        }
        if (in.result().isBlank() || in.result().trim().length() > 500) {
            throw new BusinessException("plan.brand.result");
        }
        Set<Long> allowed =
                held(brand.getBranchId(), month).stream().map(HeldEvent::id).collect(Collectors.toSet());
        if (!allowed.containsAll(in.eventIds())) {
            throw new BusinessException("plan.brand.events");
        }
        needs.check(brand.getBranchId(), month, in.needIds());
        in.files().forEach(AttachmentRules::check);
        long id = Objects.requireNonNull(brand.getId());
        BrandMonth line = months.findByBrands(List.of(id)).stream()
                .filter(m -> m.getMonth() == in.month())
                .findFirst()
                .orElseGet(() -> new BrandMonth(id, in.month()));
        String before = line.getResult();
        line.record(in.result(), in.eventIds(), in.needIds());
        BrandMonth saved = months.save(line);
        for (AttachmentUpload f : in.files()) {
            files.save(new PlanAttachment(null, saved.getId(), f.fileName(), AttachmentRules.check(f), f.data()));
        }
        audit.record(
                "BrandMonth",
                saved.getId(),
                before.isEmpty() ? "CREATE" : "UPDATE",
                brand.getName() + " " + month,
                Map.of("result", before),
                Map.of(
                        "result",
                        in.result(),
                        "events",
                        in.eventIds().size(),
                        "needs",
                        in.needIds().size(),
                        "files",
                        in.files().size()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void comment(long monthId, @Nullable String text) {
        BrandMonth line = months.findById(monthId).orElseThrow(NotFoundException::new);
        if (text != null && text.trim().length() > 500) {
            throw new BusinessException("plan.brand.result");
        }
        audit.record(
                "BrandMonth",
                monthId,
                "COMMENT",
                null,
                Map.of("comment", String.valueOf(line.getOfficeComment())),
                Map.of("comment", String.valueOf(text)));
        line.comment(text);
    }

    /** The branch's held events of a month, to pick a result's evidence from. */
    @Transactional(readOnly = true)
    public List<HeldEvent> held(long branchId, YearMonth month) {
        return heldEvents.held(branchId, null, month.atDay(1), month.atEndOfMonth());
    }

    /** The branch's closed needs a result of the month may point to. */
    @Transactional(readOnly = true)
    public List<ClosedNeeds.ClosedNeed> closedNeeds(long branchId, YearMonth month) {
        return needs.linkable(branchId, month);
    }

    /** Months with a result that has evidence, per brand id. */
    Map<Long, Integer> monthsWithEvidence(List<Brand> of) {
        List<Long> ids = of.stream().map(b -> Objects.requireNonNull(b.getId())).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<BrandMonth> lines = months.findByBrands(ids);
        Set<Long> withFiles = files
                .findByMonths(lines.stream().map(BrandMonth::getId).toList())
                .stream()
                .map(PlanAttachment::monthId)
                .collect(Collectors.toSet());
        return lines.stream()
                .filter(m -> !m.getEventIds().isEmpty() || !m.getNeedIds().isEmpty() || withFiles.contains(m.getId()))
                .collect(Collectors.groupingBy(BrandMonth::getBrandId, Collectors.summingInt(m -> 1)));
    }

    private void check(BrandInput in, int year) {
        in.checkTexts();
        if (in.targetsMet() < 0 || in.targetsMet() > in.targetCount()) {
            throw new BusinessException("plan.brand.targetsMet", in.targetCount());
        }
        if (in.keyTaskId() != null
                && tasks.findById(in.keyTaskId())
                        .filter(t -> t.getYear() == year)
                        .isEmpty()) {
            throw new BusinessException("plan.brand.keyTask");
        }
    }
}
