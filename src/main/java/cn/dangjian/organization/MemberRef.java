package cn.dangjian.organization;

/** A member as other features need it: for attendance lists, ledgers and labels. */
public record MemberRef(Long id, String name, String staffNumber, Long branchId, MemberStatus status) {

    @Override
    public String toString() {
        return name + " (" + staffNumber + ")";
    }
}
