package cn.dangjian.points;

public enum SubmissionStatus {
    PENDING, APPROVED, REJECTED
}
