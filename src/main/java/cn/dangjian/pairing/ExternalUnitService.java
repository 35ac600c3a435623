package cn.dangjian.pairing;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.Validation;
import cn.dangjian.security.Roles;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 共建单位: every reader may list them (to propose a pairing); only administrators change them. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ExternalUnitService {

    private final ExternalUnitRepository units;
    private final Validation validation;
    private final AuditService audit;

    ExternalUnitService(ExternalUnitRepository units, Validation validation, AuditService audit) {
        this.units = units;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.SECRETARY + "', '" + Roles.LEADER + "')")
    public List<ExternalUnit> list() {
        return units.findAllOrdered();
    }

    /** The unit as its form edits it. */
    @Transactional(readOnly = true)
    public ExternalUnitInput form(Long id) {
        return ExternalUnitInput.of(units.findById(id).orElseThrow(NotFoundException::new));
    }

    @Transactional
    public ExternalUnit save(ExternalUnitInput input) {
        validation.check(input);
        Long id = input.id();
        String name = input.name().trim();
        if (id == null ? units.existsByName(name) : units.existsByNameAndIdNot(name, id)) {
            throw new BusinessException("pairing.unit.nameTaken", name);
        }
        ExternalUnit target =
                id == null ? new ExternalUnit() : units.findById(id).orElseThrow(NotFoundException::new);
        if (target.getVersion() != input.version()) {
            throw new BusinessException("error.conflict");
        }
        Map<String, Object> before = id == null ? Map.of() : target.auditSnapshot();
        target.setName(name);
        target.setType(input.type());
        target.setAllianceLevel(input.allianceLevel());
        target.setContactPerson(blankToNull(input.contactPerson()));
        target.setContactPhone(blankToNull(input.contactPhone()));
        target.setAddress(blankToNull(input.address()));
        ExternalUnit saved = units.saveAndFlush(target);
        audit.record(
                "ExternalUnit",
                saved.getId(),
                id == null ? "CREATE" : "UPDATE",
                saved.getName(),
                before,
                saved.auditSnapshot());
        return saved;
    }

    @Transactional
    public void delete(Long id) {
        ExternalUnit u = units.findById(id).orElseThrow(NotFoundException::new);
        if (units.isUsed(id)) {
            throw new BusinessException("pairing.unit.inUse", u.getName());
        }
        audit.record("ExternalUnit", id, "DELETE", u.getName(), u.auditSnapshot(), Map.of());
        units.delete(u);
        units.flush();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
