package cn.dangjian.plan;

/** What a report must show: nothing beyond its text, held events of a type, an attachment, or a number. */
public enum EvidenceKind {
    NONE,
    EVENTS,
    ATTACHMENT,
    NUMBER
}
