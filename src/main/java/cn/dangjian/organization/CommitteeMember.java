package cn.dangjian.organization;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A seat on a branch committee (支部委员会). */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private CommitteeRole role = CommitteeRole.ORGANIZATION;

    protected CommitteeMember() {
        this.branch = null;
        this.member = null;
    }

    public CommitteeMember(Branch branch, Member member, CommitteeRole role) {
        this.branch = branch;
        this.member = member;
        this.role = role;
    }

    public Branch getBranch() {
        return branch;
    }

    public Member getMember() {
        return member;
    }

    public CommitteeRole getRole() {
        return role;
    }

    /** The committee and its term as the audit log records them. */
    static Map<String, Object> snapshot(Branch branch, List<CommitteeMember> seats) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("termStart", branch.getTermStart());
        m.put("termEnd", branch.getTermEnd());
        TreeSet<String> s = new TreeSet<>();
        seats.forEach(c -> s.add(c.getRole() + ":" + c.getMember().getName()));
        m.put("seats", String.join(", ", s));
        return m;
    }
}
