package cn.dangjian.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class MemberServiceTest {

    @Autowired
    MemberService members;

    @Autowired
    BranchService branches;

    @Autowired
    JdbcTemplate jdbc;

    private Long branchId(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private Long anyMemberOf(String code) {
        return jdbc.queryForObject(
                "select min(m.id) from party_member m join party_branch b on b.id = m.branch_id where b.code = ?",
                Long.class,
                code);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_only_own_branch_members_whatever_the_filter() {
        Long own = branchId("C08");
        List<MemberRow> rows = members.search(MemberFilter.none(), 0, 1000, Sort.by("name"));
        assertThat(rows).isNotEmpty().allMatch(r -> r.branchId().equals(own));
        assertThat(members.count(MemberFilter.none())).isEqualTo(rows.size());
        List<MemberRow> other =
                members.search(new MemberFilter(branchId("C11"), null, null, null), 0, 1000, Sort.unsorted());
        assertThat(other).isEmpty();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_cannot_read_or_edit_other_branch_member() {
        Long foreign = anyMemberOf("C11");
        assertThatThrownBy(() -> members.get(foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.refsOfBranch(branchId("C11"))).isInstanceOf(AccessDeniedException.class);
        Member own = members.get(anyMemberOf("C08"));
        // Moving an own member into another branch is refused too.
        assertThatThrownBy(() -> members.save(TestAccounts.input(own, branchId("C11"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_sees_only_self() {
        List<MemberRow> rows = members.search(MemberFilter.none(), 0, 100, Sort.unsorted());
        assertThat(rows).hasSize(1);
        assertThat(members.own())
                .isPresent()
                .get()
                .extracting(Member::getId)
                .isEqualTo(rows.get(0).id());
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void edit_is_saved_and_audited_and_a_stale_copy_is_refused() {
        Long id = anyMemberOf("C08");
        Member first = members.get(id);
        Member second = members.get(id);
        String newTitle = "主任医师-" + System.nanoTime() % 10000;
        first.setTitle(newTitle);
        members.save(TestAccounts.input(first, branchId("C08")));
        assertThat(members.get(id).getTitle()).isEqualTo(newTitle);
        Integer audits = jdbc.queryForObject(
                "select count(*) from audit_log where entity_type = 'Member' and entity_id = ? and changes like ? and actor = ?",
                Integer.class,
                id,
                "%" + newTitle + "%",
                Demo.SECRETARY_C08);
        assertThat(audits).isEqualTo(1);

        second.setTitle("并发修改");
        assertThatThrownBy(() -> members.save(TestAccounts.input(second, branchId("C08"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.conflict");
        assertThat(members.get(id).getTitle()).isEqualTo(newTitle);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void duplicate_staff_number_and_bad_dates_are_refused() {
        Member existing = members.get(anyMemberOf("C08"));
        Member m = new Member();
        m.setName("测试");
        m.setStaffNumber(existing.getStaffNumber());
        m.setJoinedDate(LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> members.save(TestAccounts.input(m, branchId("C08"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("member.staffNumberTaken");
        m.setStaffNumber("T-" + System.nanoTime() % 100000);
        m.setBirthDate(LocalDate.of(2010, 1, 1));
        assertThatThrownBy(() -> members.save(TestAccounts.input(m, branchId("C08"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("member.joinedTooYoung");
        m.setBirthDate(null);
        m.setJoinedDate(LocalDate.now().plusDays(3));
        assertThatThrownBy(() -> members.save(TestAccounts.input(m, branchId("C08"))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("validation.notFuture");
    }
}
