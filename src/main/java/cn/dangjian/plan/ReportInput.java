package cn.dangjian.plan;

import cn.dangjian.pairing.AttachmentUpload;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an owner reports: a summary, the number asked for, new evidence files. Held events are found, not given. */
public record ReportInput(
        long version, @Nullable String text, @Nullable BigDecimal number, List<AttachmentUpload> files) {}
