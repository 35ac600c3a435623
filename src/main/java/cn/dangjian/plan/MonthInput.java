package cn.dangjian.plan;

import cn.dangjian.pairing.AttachmentUpload;
import java.util.List;
import java.util.Set;

/** A month's result line, the held events of that month it points to and new files. */
public record MonthInput(int month, String result, Set<Long> eventIds, List<AttachmentUpload> files) {}
