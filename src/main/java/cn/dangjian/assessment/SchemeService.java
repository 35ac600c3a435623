package cn.dangjian.assessment;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The yearly scheme: the office edits it; campaigns run on frozen copies, so edits never reach them. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class SchemeService {

    private final SchemeRepository schemes;
    private final SchemeItemRepository items;
    private final AssessmentAudit audit;
    private final Clock clock;

    SchemeService(SchemeRepository schemes, SchemeItemRepository items, AssessmentAudit audit, Clock clock) {
        this.schemes = schemes;
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's editable scheme, created on first use from the latest earlier one (or the 五好 seed). */
    @Transactional
    public Scheme scheme(int year) {
        return schemes.findByYearAndFrozenFalse(year).orElseGet(() -> create(year));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
    public List<SchemeItem> items(long schemeId) {
        return items.findBySchemeIdOrderByPositionAscIdAsc(schemeId);
    }

    /** Adds ({@code itemId} null) or changes an item; {@code version} is the one the form was loaded with. */
    @Transactional
    public SchemeItem save(long schemeId, @Nullable Long itemId, @Nullable Long parentId, ItemInput in, long version) {
        Scheme scheme = editable(schemeId);
        validate(
                in,
                itemId == null
                        ? parentId == null
                        : items.findById(itemId).map(SchemeItem::isDimension).orElse(false));
        SchemeItem item;
        Map<String, Object> before = Map.of();
        if (itemId == null) {
            if (parentId != null
                    && items.findById(parentId)
                            .filter(p -> p.getSchemeId() == schemeId && p.isDimension())
                            .isEmpty()) {
                throw new NotFoundException();
            }
            item = new SchemeItem(
                    schemeId,
                    parentId,
                    items.findBySchemeIdOrderByPositionAscIdAsc(schemeId).size());
        } else {
            item = items.findById(itemId)
                    .filter(i -> i.getSchemeId() == schemeId)
                    .orElseThrow(NotFoundException::new);
            if (item.getVersion() != version) {
                throw new BusinessException("error.conflict");
            }
            before = item.snapshot();
        }
        item.apply(in);
        item = items.saveAndFlush(item);
        audit.record(
                AssessmentAudit.SCHEME,
                item.getId(),
                itemId == null ? "CREATE" : "UPDATE",
                scheme.getYear() + " " + item.getName(),
                before,
                item.snapshot());
        return item;
    }

    @Transactional
    public void delete(long itemId) {
        SchemeItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        editable(item.getSchemeId());
        if (!items.findByParentId(itemId).isEmpty()) {
            throw new BusinessException("assessment.scheme.hasChildren");
        }
        audit.record(AssessmentAudit.SCHEME, itemId, "DELETE", item.getName(), item.snapshot(), Map.of());
        items.delete(item);
    }

    @Transactional
    public Scheme saveSettings(long schemeId, GradeSettings s, long version) {
        Scheme scheme = editable(schemeId);
        if (scheme.getVersion() != version) {
            throw new BusinessException("error.conflict");
        }
        if (!(s.excellentMin() > s.goodMin()
                        && s.goodMin() > s.passMin()
                        && s.passMin() >= 0
                        && s.excellentMin() <= 200)
                || !(s.fiveStarMin() > s.fourStarMin()
                        && s.fourStarMin() > s.threeStarMin()
                        && s.threeStarMin() > s.twoStarMin())
                || s.fiveStarQuotaPct() < 0
                || s.fiveStarQuotaPct() > 100
                || s.benchmarkTopN() < 0
                || s.publicityDays() < 0
                || s.publicityDays() > 60) {
            throw new BusinessException("assessment.settings.invalid");
        }
        Map<String, Object> before = Map.of("settings", scheme.settings().toString());
        scheme.apply(s);
        audit.record(
                AssessmentAudit.SCHEME,
                scheme.getId(),
                "UPDATE",
                String.valueOf(scheme.getYear()),
                before,
                Map.of("settings", s.toString()));
        return schemes.saveAndFlush(scheme);
    }

    /** The frozen copy a campaign runs on: settings and every item, parents first. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    Scheme freeze(Scheme source) {
        Scheme copy = schemes.save(new Scheme(source.getYear(), true, source.settings()));
        copyItems(source.getId(), copy.getId());
        return copy;
    }

    private Scheme create(int year) {
        Scheme earlier = schemes.findAll().stream()
                .filter(s -> !s.isFrozen() && s.getYear() < year)
                .max((a, b) -> Integer.compare(a.getYear(), b.getYear()))
                .orElse(null);
        Scheme scheme =
                schemes.save(new Scheme(year, false, earlier == null ? GradeSettings.defaults() : earlier.settings()));
        if (earlier != null) {
            copyItems(earlier.getId(), scheme.getId());
        } else {
            int position = 0;
            for (SchemeSeed.Node node : SchemeSeed.fiveGoods()) {
                SchemeItem dim = new SchemeItem(scheme.getId(), null, position++);
                dim.apply(node.input());
                dim = items.save(dim);
                for (ItemInput child : node.children()) {
                    SchemeItem item = new SchemeItem(scheme.getId(), dim.getId(), position++);
                    item.apply(child);
                    items.save(item);
                }
            }
        }
        audit.record(
                AssessmentAudit.SCHEME,
                scheme.getId(),
                "CREATE",
                String.valueOf(year),
                Map.of(),
                Map.of(
                        "from",
                        earlier == null ? "seed" : String.valueOf(earlier.getYear()),
                        "on",
                        LocalDate.now(clock)));
        return scheme;
    }

    private void copyItems(@Nullable Long from, @Nullable Long to) {
        Map<Long, Long> ids = new HashMap<>();
        for (SchemeItem i : items.findBySchemeIdOrderByPositionAscIdAsc(from)) {
            if (i.isDimension()) {
                ids.put(i.getId(), items.save(i.copyTo(to, null)).getId());
            }
        }
        for (SchemeItem i : items.findBySchemeIdOrderByPositionAscIdAsc(from)) {
            if (!i.isDimension()) {
                items.save(i.copyTo(to, ids.get(i.getParentId())));
            }
        }
    }

    private Scheme editable(long schemeId) {
        Scheme s = schemes.findById(schemeId).orElseThrow(NotFoundException::new);
        if (s.isFrozen()) {
            throw new BusinessException("assessment.scheme.frozen");
        }
        return s;
    }

    static void validate(ItemInput in, boolean dimension) {
        if (in.name().isBlank()
                || in.name().strip().length() > 100
                || in.ruleText().strip().length() > 500) {
            throw new BusinessException("assessment.item.name");
        }
        if (in.maxScore() < 0 || in.maxScore() > 100 || Double.isNaN(in.maxScore())) {
            throw new BusinessException("assessment.item.max");
        }
        if (dimension != (in.measure() == null)) {
            throw new BusinessException("assessment.item.measure");
        }
        if (in.measure() == Measure.AUTOMATIC) {
            if (in.formula() == null) {
                throw new BusinessException("assessment.item.formula");
            }
            if (in.formula().linear()
                    && in.paramLow() != null
                    && in.paramHigh() != null
                    && in.paramLow() >= in.paramHigh()) {
                throw new BusinessException("assessment.item.thresholds");
            }
            if (in.formula().perUnit() && in.paramLow() != null && !(in.paramLow() > 0 && in.paramLow() <= 100)) {
                throw new BusinessException("assessment.item.perUnit");
            }
        }
        if (in.measure() != null && in.maxScore() <= 0) {
            throw new BusinessException("assessment.item.max");
        }
    }
}
