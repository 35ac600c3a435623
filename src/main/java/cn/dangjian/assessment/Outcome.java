package cn.dangjian.assessment;

import java.util.List;

/**
 * An automatic indicator's score and what it was computed from: {@code textKey} with its arguments says what was
 * counted ("按时召开 12 / 15 次"), {@code link} is the route to those records (empty when there is none).
 */
public record Outcome(double score, String textKey, List<Object> args, String link) {

    /** Stored in one column as {@code key|arg|arg}; the view translates it. */
    public String evidenceText() {
        StringBuilder s = new StringBuilder(textKey);
        args.forEach(a -> s.append('|').append(a));
        return s.toString();
    }
}
