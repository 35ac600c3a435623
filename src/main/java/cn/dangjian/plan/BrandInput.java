package cn.dangjian.plan;

import cn.dangjian.common.BusinessException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A brand project as its branch writes it; targets one per line, of which {@code targetsMet} are reached. */
public record BrandInput(
        String name,
        @Nullable String slogan,
        @Nullable Long keyTaskId,
        @Nullable String strengths,
        @Nullable String weaknesses,
        @Nullable String opportunities,
        @Nullable String threats,
        @Nullable String targets,
        int targetsMet) {

    public static BrandInput empty() {
        return new BrandInput("", null, null, null, null, null, null, null, 0);
    }

    /** Targets are written one per line; blank lines do not count. */
    public int targetCount() {
        return targets == null
                ? 0
                : (int) targets.lines().filter(l -> !l.isBlank()).count();
    }

    /** Refuses a missing name or a text longer than its column. */
    void checkTexts() {
        if (name.isBlank() || name.trim().length() > 60) {
            throw new BusinessException("plan.brand.name");
        }
        if (length(slogan) > 120
                || length(targets) > 1000
                || length(strengths) > 500
                || length(weaknesses) > 500
                || length(opportunities) > 500
                || length(threats) > 500) {
            throw new BusinessException("plan.task.tooLong");
        }
    }

    private static int length(@Nullable String s) {
        return s == null ? 0 : s.trim().length();
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("slogan", String.valueOf(slogan));
        m.put("keyTask", String.valueOf(keyTaskId));
        m.put("targets", targetsMet + "/" + targetCount());
        return m;
    }
}
