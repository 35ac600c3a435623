package cn.dangjian.assessment;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One indicator on one sheet: the computed score with its evidence, the branch's score, the office's. */
@Entity
@Table(name = "assessment_score")
public class Score extends BaseEntity {

    @Column(name = "sheet_id", nullable = false)
    private long sheetId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "auto_score")
    private @Nullable Double autoScore;

    @Column(name = "evidence_text", length = 500)
    private @Nullable String evidenceText;

    @Column(name = "evidence_link", length = 200)
    private @Nullable String evidenceLink;

    @Column(name = "self_score")
    private @Nullable Double selfScore;

    @Column(name = "justification", length = 1000)
    private @Nullable String justification;

    @Column(name = "attachment_name", length = 200)
    private @Nullable String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private @Nullable String attachmentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment", columnDefinition = "longblob")
    private byte @Nullable [] attachment;

    @Column(name = "review_score")
    private @Nullable Double reviewScore;

    @Column(name = "review_reason", length = 500)
    private @Nullable String reviewReason;

    protected Score() {}

    Score(long sheetId, long itemId) {
        this.sheetId = sheetId;
        this.itemId = itemId;
    }

    void computed(Outcome o) {
        autoScore = o.score();
        evidenceText = o.evidenceText();
        evidenceLink = o.link();
    }

    void selfAssess(double score, String justification) {
        this.selfScore = score;
        this.justification = justification;
    }

    void attach(String name, String type, byte[] data) {
        attachmentName = name;
        attachmentType = type;
        attachment = data;
    }

    void review(@Nullable Double score, @Nullable String reason) {
        reviewScore = score;
        reviewReason = reason;
    }

    /** What counts: the office's score when it set one, else the computed one (automatic) or the branch's. */
    public double effective(Measure measure) {
        if (reviewScore != null) {
            return reviewScore;
        }
        return switch (measure) {
            case AUTOMATIC -> autoScore == null ? 0 : autoScore;
            case MANUAL -> selfScore == null ? 0 : selfScore;
            default -> 0;
        };
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("auto", autoScore == null ? "" : autoScore);
        m.put("self", selfScore == null ? "" : selfScore);
        m.put("justification", justification == null ? "" : justification);
        m.put("attachment", attachmentName == null ? "" : attachmentName);
        m.put("review", reviewScore == null ? "" : reviewScore);
        m.put("reason", reviewReason == null ? "" : reviewReason);
        return m;
    }

    public long getSheetId() {
        return sheetId;
    }

    public long getItemId() {
        return itemId;
    }

    public @Nullable Double getAutoScore() {
        return autoScore;
    }

    public @Nullable String getEvidenceText() {
        return evidenceText;
    }

    public @Nullable String getEvidenceLink() {
        return evidenceLink;
    }

    public @Nullable Double getSelfScore() {
        return selfScore;
    }

    public @Nullable String getJustification() {
        return justification;
    }

    public @Nullable String getAttachmentName() {
        return attachmentName;
    }

    public @Nullable String getAttachmentType() {
        return attachmentType;
    }

    byte @Nullable [] attachmentData() {
        return attachment;
    }

    public @Nullable Double getReviewScore() {
        return reviewScore;
    }

    public @Nullable String getReviewReason() {
        return reviewReason;
    }
}
