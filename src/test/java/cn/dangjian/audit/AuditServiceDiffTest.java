package cn.dangjian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditServiceDiffTest {

    @Test
    void only_changed_fields_are_listed_in_a_stable_order() {
        Map<String, Object> before = new HashMap<>();
        before.put("name", "王芳");
        before.put("title", "主治医师");
        before.put("keyStaff", false);
        Map<String, Object> after = new HashMap<>(before);
        after.put("title", "副主任医师");
        after.put("keyStaff", true);
        assertThat(AuditService.diff(before, after)).isEqualTo("keyStaff: false → true\ntitle: 主治医师 → 副主任医师");
    }

    @Test
    void creation_and_deletion_show_every_field() {
        assertThat(AuditService.diff(Map.of(), Map.of("name", "李强"))).isEqualTo("name: ∅ → 李强");
        assertThat(AuditService.diff(Map.of("name", "李强"), Map.of())).isEqualTo("name: 李强 → ∅");
    }
}
