package cn.dangjian.organization;

import java.util.List;

/** The whole file checked: importable only when it has rows and none of them has an error. */
public record ImportPreview(List<ImportRow> rows) {

    public long errorRows() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    public boolean importable() {
        return !rows.isEmpty() && errorRows() == 0;
    }
}
