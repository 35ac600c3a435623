package cn.dangjian.points;

/**
 * Who decides secretaries' submissions: the Party office alone, or also the committee of the member's
 * branch (any committee member with an account, never the submitter). Administrators may always decide.
 */
public enum Approver {
    ADMIN,
    BRANCH_COMMITTEE
}
