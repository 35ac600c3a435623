package cn.dangjian.plan;

import cn.dangjian.pairing.AttachmentUpload;
import java.util.List;
import java.util.Set;

/**
 * A month's result line, the held events of that month and the branch's closed needs of the year so far it points
 * to, and new files.
 */
public record MonthInput(
        int month, String result, Set<Long> eventIds, Set<Long> needIds, List<AttachmentUpload> files) {

    /** Without closed needs. */
    public MonthInput(int month, String result, Set<Long> eventIds, List<AttachmentUpload> files) {
        this(month, result, eventIds, Set.of(), files);
    }
}
