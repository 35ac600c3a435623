package cn.dangjian.organization;

/** A committee seat as shown and edited: who holds which role. */
public record CommitteeSeat(
        Long memberId, String memberName, CommitteeRole role, boolean departmentHead, boolean keyStaff) {}
