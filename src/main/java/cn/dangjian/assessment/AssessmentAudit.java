package cn.dangjian.assessment;

import cn.dangjian.audit.AuditService;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The assessment's entries in the audit log, each with before → after. */
@Component
class AssessmentAudit {

    static final String SCORE = "AssessmentScore";
    static final String SHEET = "AssessmentSheet";
    static final String CAMPAIGN = "AssessmentCampaign";
    static final String SCHEME = "AssessmentScheme";
    static final String HONOUR = "AssessmentHonour";

    private final AuditService audit;

    AssessmentAudit(AuditService audit) {
        this.audit = audit;
    }

    void record(
            String type, @Nullable Long id, String action, String label, Map<String, ?> before, Map<String, ?> after) {
        audit.record(type, id, action, label, before, after);
    }
}
