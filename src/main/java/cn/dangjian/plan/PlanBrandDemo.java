package cn.dangjian.plan;

import cn.dangjian.calendar.HeldEvent;
import cn.dangjian.organization.BranchRef;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's brand projects: one per serving branch, most approved (one waiting, one sent back), with a result
 * line for most months so far, linked to up to two of the branch's held events of that month.
 */
final class PlanBrandDemo {

    private static final String[] BRANDS = {"仁心护航", "红色引擎", "先锋领航", "党建+健康", "初心守护", "杏林红旗"};

    private final BrandService brands;
    private final Clock clock;

    PlanBrandDemo(BrandService brands, Clock clock) {
        this.brands = brands;
        this.clock = clock;
    }

    void load(List<BranchRef> serving, int year, long ledTask) {
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < serving.size(); i++) {
            BranchRef b = serving.get(i);
            String name = b.name().replace("党支部", "") + "·" + BRANDS[i % BRANDS.length];
            long brandId = brands.save(
                    b.id(),
                    year,
                    0,
                    new BrandInput(
                            name,
                            "一个支部一面旗，一名党员一盏灯",
                            i % 3 == 0 ? ledTask : null,
                            "党员骨干集中，业务能力强",
                            "年轻党员多，党务经验少",
                            "医院推进党建与业务融合",
                            "临床任务重，集中学习时间少",
                            "每月一次主题党日\n全年志愿服务 200 人次\n书记讲党课\n培养入党积极分子 2 名",
                            1 + i % 4));
            if (i % 7 == 5) {
                continue;
            }
            brands.review(brandId, 0, i % 7 != 6, i % 7 == 6 ? "请补充 SWOT 中的机遇分析。" : null);
            for (int m = 1; m <= (year == now.getYear() ? now.getMonthValue() : 12); m++) {
                if ((i + m) % 5 == 0) {
                    continue;
                }
                Set<Long> events = brands.held(b.id(), YearMonth.of(year, m)).stream()
                        .limit(2)
                        .map(HeldEvent::id)
                        .collect(Collectors.toSet());
                brands.recordMonth(
                        brandId,
                        new MonthInput(
                                m,
                                m + " 月开展“" + BRANDS[(i + m) % BRANDS.length] + "”主题活动，党员亮身份服务患者。",
                                events,
                                List.of()));
            }
        }
    }
}
