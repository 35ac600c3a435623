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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** 科室. */
@Entity
@Table(name = "department")
public class Department extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = 100)
    private String name = "";

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DepartmentKind kind = DepartmentKind.CLINICAL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campus_id")
    private @Nullable Campus campus;

    public Department() {}

    public Department(String name, DepartmentKind kind, @Nullable Campus campus) {
        this.name = name;
        this.kind = kind;
        this.campus = campus;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    public @Nullable Campus getCampus() {
        return campus;
    }

    public void setCampus(@Nullable Campus campus) {
        this.campus = campus;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        m.put("campus", campus == null ? null : campus.getName());
        return m;
    }

    @Override
    public String toString() {
        return name;
    }
}
