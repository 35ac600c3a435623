package cn.dangjian.organization;

import cn.dangjian.security.Roles;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the 双培养 pipeline from committees and members. Retiree branches are left out: they have no departments to lead. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
public class DualCultivationService {

    private static final String PERSON = """
            select new cn.dangjian.organization.DualCultivation$Person(m.id, m.name, m.staffNumber, d.name,
              b.code, b.name, m.title, m.departmentHead, m.keyStaff)""";

    private final EntityManager em;

    DualCultivationService(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public DualCultivation report() {
        long serving = em.createQuery("select count(b) from Branch b where b.kind <> :retiree", Long.class)
                .setParameter("retiree", BranchKind.RETIREE)
                .getSingleResult();
        List<DualCultivation.Person> secretaries = em.createQuery(PERSON + """
                 from CommitteeMember c join c.member m join c.branch b left join m.department d
                where c.role = :secretary and b.kind <> :retiree order by b.code, m.name""", DualCultivation.Person.class)
                .setParameter("secretary", CommitteeRole.SECRETARY)
                .setParameter("retiree", BranchKind.RETIREE)
                .getResultList();
        List<DualCultivation.Person> heads =
                em.createQuery(PERSON + """
                 from Member m join m.branch b left join m.department d
                where m.departmentHead = true and m.partyWorker = false order by b.code, m.name""", DualCultivation.Person.class).getResultList();
        List<BranchRef> withoutSecretary = em.createQuery("""
                select new cn.dangjian.organization.BranchRef(b.id, b.code, b.name, b.kind, b.foundedOn) from Branch b
                where b.kind <> :retiree and not exists (
                  select c from CommitteeMember c where c.branch = b and c.role = :secretary)
                order by b.code""", BranchRef.class)
                .setParameter("secretary", CommitteeRole.SECRETARY)
                .setParameter("retiree", BranchKind.RETIREE)
                .getResultList();
        return new DualCultivation((int) serving, secretaries, heads, withoutSecretary);
    }
}
