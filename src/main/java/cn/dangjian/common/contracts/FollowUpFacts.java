package cn.dangjian.common.contracts;

import java.util.Map;

/**
 * Implemented by the plan feature (key tasks and brand projects, issue 9); read by the assessment and the
 * dashboards, which inject it as {@code ObjectProvider<FollowUpFacts>} and work without it. Keyed by branch id;
 * a branch without any assignment or brand is absent from the maps.
 */
public interface FollowUpFacts {

    /** Key-task assignments of the branches for tasks due in {@code year}. */
    Map<Long, Assignments> assignments(int year);

    /** Months of {@code year} in which the branch's approved brand project recorded a result with evidence. */
    Map<Long, Integer> brandMonthsWithResults(int year);

    /**
     * @param total assignments given to the branch
     * @param accepted of them, accepted (已通过) by the office
     * @param acceptedOnTime of them, accepted and reported (已报结) no later than the due date
     * @param overdue open (not accepted) and past the due date today
     */
    record Assignments(int total, int accepted, int acceptedOnTime, int overdue) {}
}
