package cn.dangjian.organization;

/** A branch as other features need it: for pickers, labels and filters. */
public record BranchRef(Long id, String code, String name, BranchKind kind) {

    @Override
    public String toString() {
        return name;
    }
}
