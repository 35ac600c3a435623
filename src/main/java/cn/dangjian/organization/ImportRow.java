package cn.dangjian.organization;

import java.util.List;

/** A row of an uploaded member file as the preview shows it: the cells as read, and what is wrong with them. */
public record ImportRow(
        int rowNumber,
        String name,
        String staffNumber,
        String department,
        String branch,
        String status,
        String joinedDate,
        List<ImportMessage> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }
}
