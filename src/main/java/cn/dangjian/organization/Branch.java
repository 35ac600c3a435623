package cn.dangjian.organization;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** 党支部. Serving branches are built on departments (支部建在科室上). */
@Entity
@Table(name = "party_branch")
public class Branch extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 20, message = "{validation.tooLong}")
    @Column(name = "code", nullable = false, length = 20)
    private String code = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = 100)
    private String name = "";

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private BranchKind kind = BranchKind.CLINICAL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campus_id")
    private @Nullable Campus campus;

    @NotNull(message = "{validation.required}")
    @Column(name = "founded_on", nullable = false)
    private @Nullable LocalDate foundedOn;

    @Column(name = "dissolved_on")
    private @Nullable LocalDate dissolvedOn;

    @Column(name = "term_start")
    private @Nullable LocalDate termStart;

    @Column(name = "term_end")
    private @Nullable LocalDate termEnd;

    @Size(max = 200, message = "{validation.tooLong}")
    @Column(name = "brand_project", length = 200)
    private @Nullable String brandProject;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "branch_department",
            joinColumns = @JoinColumn(name = "branch_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new LinkedHashSet<>();

    public Branch() {}

    public Branch(String code, String name, BranchKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BranchKind getKind() {
        return kind;
    }

    public void setKind(BranchKind kind) {
        this.kind = kind;
    }

    public @Nullable Campus getCampus() {
        return campus;
    }

    public void setCampus(@Nullable Campus campus) {
        this.campus = campus;
    }

    /** Null only on a new branch before its service or the demo data sets it. */
    public @Nullable LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public @Nullable LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    void setDissolvedOn(@Nullable LocalDate dissolvedOn) {
        this.dissolvedOn = dissolvedOn;
    }

    public @Nullable LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(@Nullable LocalDate termStart) {
        this.termStart = termStart;
    }

    public @Nullable LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(@Nullable LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public @Nullable String getBrandProject() {
        return brandProject;
    }

    public void setBrandProject(@Nullable String brandProject) {
        this.brandProject = brandProject;
    }

    public Set<Department> getDepartments() {
        return departments;
    }

    public void setDepartments(Set<Department> departments) {
        this.departments = departments;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("campus", campus == null ? null : campus.getName());
        m.put("foundedOn", foundedOn);
        m.put("dissolvedOn", dissolvedOn);
        m.put("termStart", termStart);
        m.put("termEnd", termEnd);
        m.put("brandProject", brandProject);
        TreeSet<String> deptNames = new TreeSet<>();
        departments.forEach(d -> deptNames.add(d.getName()));
        m.put("departments", String.join("、", deptNames));
        return m;
    }

    @Override
    public String toString() {
        return name;
    }
}
