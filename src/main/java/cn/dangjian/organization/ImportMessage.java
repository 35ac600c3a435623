package cn.dangjian.organization;

import java.util.Arrays;
import java.util.List;

/**
 * One problem found in an import row: the column it concerns (a {@code member.*} label key, or empty
 * for the whole row), an i18n key and its arguments. Arguments that are themselves keys
 * ({@code member.*}, {@code enum.*}) are translated by the view.
 */
public record ImportMessage(String column, String key, List<String> args) {

    static ImportMessage of(String column, String key, Object... args) {
        return new ImportMessage(
                column, key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
