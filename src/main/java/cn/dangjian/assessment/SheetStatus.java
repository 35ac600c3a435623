package cn.dangjian.assessment;

/** A branch's sheet: open for self-assessment, or submitted (from then on only the office changes it). */
public enum SheetStatus {
    OPEN,
    SUBMITTED
}
