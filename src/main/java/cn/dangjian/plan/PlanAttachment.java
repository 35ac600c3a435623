package cn.dangjian.plan;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An evidence file of an assignment's report or of a brand's monthly result, stored in the database. */
@Entity
@Table(name = "plan_attachment")
public class PlanAttachment extends BaseEntity {

    @Column(name = "assignment_id", updatable = false)
    private @Nullable Long assignmentId;

    @Column(name = "month_id", updatable = false)
    private @Nullable Long monthId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName = "";

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false, columnDefinition = "longblob")
    private byte[] data = new byte[0];

    PlanAttachment() {}

    PlanAttachment(@Nullable Long assignmentId, @Nullable Long monthId, String fileName, String type, byte[] data) {
        this.assignmentId = assignmentId;
        this.monthId = monthId;
        this.fileName = fileName;
        this.contentType = type;
        this.sizeBytes = data.length;
        this.data = data;
    }

    @Nullable
    Long monthId() {
        return monthId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    byte[] data() {
        return data;
    }
}
