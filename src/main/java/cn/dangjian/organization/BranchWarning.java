package cn.dangjian.organization;

/**
 * Something wrong with a branch's organisation. The message key is {@code warning.<type>} and
 * takes {@code value} as its argument.
 */
public record BranchWarning(Type type, long value) {

    public enum Type {
        /** Fewer than 3 full members: a branch cannot stand. */
        TOO_FEW_FULL_MEMBERS,
        /** 7 or more full members but no committee elected. */
        NEEDS_COMMITTEE,
        /** More than 50 members: split or form a general branch. */
        TOO_LARGE,
        /** The committee's term ends within 90 days: prepare the election. */
        TERM_ENDING,
        /** The committee's term has ended: the election is overdue. */
        TERM_OVERDUE,
        /** A serving branch without a secretary. */
        NO_SECRETARY
    }

    public String messageKey() {
        return "warning." + type.name();
    }
}
