package cn.dangjian.plan;

/** Who carries a key task: the Party office itself, chosen branches, or every serving branch. */
public enum OwnerKind {
    OFFICE,
    BRANCHES,
    ALL
}
