package cn.dangjian.organization;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.security.Roles;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("isAuthenticated()")
public class DepartmentService {

    private final DepartmentRepository departments;
    private final CampusRepository campuses;
    private final Validation validation;
    private final AuditService audit;

    DepartmentService(
            DepartmentRepository departments, CampusRepository campuses, Validation validation, AuditService audit) {
        this.departments = departments;
        this.campuses = campuses;
        this.validation = validation;
        this.audit = audit;
    }

    /** Some forty rows in a hospital: small enough to list whole. */
    @Transactional(readOnly = true)
    public List<Department> list() {
        return departments.findAllOrdered();
    }

    @Transactional(readOnly = true)
    public List<Campus> campuses() {
        return campuses.findAll();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Department save(DepartmentInput input) {
        validation.check(input);
        String name = input.name().trim();
        Department target = input.id() == null
                ? new Department()
                : departments.findById(input.id()).orElseThrow(NotFoundException::new);
        if (target.getVersion() != input.version()) {
            throw new BusinessException("error.conflict");
        }
        departments
                .findByName(name)
                .filter(d -> !d.getId().equals(target.getId()))
                .ifPresent(d -> {
                    throw new BusinessException("department.nameTaken", name);
                });
        Map<String, Object> before = target.getId() == null ? Map.of() : target.auditSnapshot();
        target.setName(name);
        target.setKind(input.kind());
        target.setCampus(input.campusId() == null ? null : campuses.getReferenceById(input.campusId()));
        Department saved = departments.saveAndFlush(target);
        audit.record(
                "Department",
                saved.getId(),
                input.id() == null ? "CREATE" : "UPDATE",
                saved.getName(),
                before,
                saved.auditSnapshot());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void delete(Long id) {
        Department d = departments.findById(id).orElseThrow(NotFoundException::new);
        if (departments.countMembers(id) > 0 || departments.countBranches(id) > 0) {
            throw new BusinessException("department.inUse", d.getName());
        }
        audit.record("Department", id, "DELETE", d.getName(), d.auditSnapshot(), Map.of());
        departments.delete(d);
    }
}
