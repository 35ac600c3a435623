package cn.dangjian.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A key task as the office writes it; the service checks it (due date inside the year, evidence complete). */
public record TaskInput(
        int year,
        String title,
        @Nullable String description,
        String category,
        OwnerKind ownerKind,
        Set<Long> branchIds,
        @Nullable LocalDate dueDate,
        @Nullable String expectedResult,
        EvidenceKind evidenceKind,
        @Nullable String evidenceTypeCode,
        @Nullable Integer evidenceCount,
        @Nullable LocalDate evidenceFrom,
        @Nullable LocalDate evidenceTo) {

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("title", title);
        m.put("category", category);
        m.put("owner", ownerKind + (branchIds.isEmpty() ? "" : " " + branchIds));
        m.put("dueDate", String.valueOf(dueDate));
        m.put(
                "evidence",
                evidenceKind + (evidenceTypeCode == null ? "" : " " + evidenceTypeCode + "×" + evidenceCount));
        return m;
    }
}
