package cn.dangjian.calendar;

import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Next year's plan for every branch, generated through {@link PlanService} as an administrator would
 * (after the calendar's own demo events, so the planned months it holds already count).
 */
@Component
@Profile("demo")
class PlanDemoData implements DemoDataContributor {

    private final PlanService plans;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanDemoData(PlanService plans, JdbcTemplate jdbc, Clock clock) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 460;
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject(
                "select count(*) from cal_event where plan_period like ?", Integer.class, "_" + nextYear() + "%");
        return n != null && n > 0;
    }

    @Override
    public void load() {
        plans.generate(nextYear(), null);
    }

    private int nextYear() {
        return LocalDate.now(clock).getYear() + 1;
    }
}
