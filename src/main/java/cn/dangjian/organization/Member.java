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
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** 党员. */
@Entity
@Table(name = "party_member")
public class Member extends BaseEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = 50)
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "{validation.staffNumber}")
    @Column(name = "staff_number", nullable = false, length = 20)
    private String staffNumber = "";

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 10)
    private Gender gender = Gender.FEMALE;

    @Past(message = "{validation.past}")
    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private @Nullable Department department;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id")
    private @Nullable Branch branch;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MemberStatus status = MemberStatus.FULL;

    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.notFuture}")
    @Column(name = "joined_date", nullable = false)
    private @Nullable LocalDate joinedDate;

    @PastOrPresent(message = "{validation.notFuture}")
    @Column(name = "full_member_date")
    private @Nullable LocalDate fullMemberDate;

    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "title", length = 100)
    private @Nullable String title;

    @Column(name = "department_head", nullable = false)
    private boolean departmentHead;

    @Column(name = "key_staff", nullable = false)
    private boolean keyStaff;

    @Column(name = "party_worker", nullable = false)
    private boolean partyWorker;

    public Member() {}

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStaffNumber() {
        return staffNumber;
    }

    public void setStaffNumber(String staffNumber) {
        this.staffNumber = staffNumber;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable Department department) {
        this.department = department;
    }

    public @Nullable Branch getBranch() {
        return branch;
    }

    public void setBranch(@Nullable Branch branch) {
        this.branch = branch;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getJoinedDate() {
        return joinedDate;
    }

    public void setJoinedDate(@Nullable LocalDate joinedDate) {
        this.joinedDate = joinedDate;
    }

    public @Nullable LocalDate getFullMemberDate() {
        return fullMemberDate;
    }

    public void setFullMemberDate(@Nullable LocalDate fullMemberDate) {
        this.fullMemberDate = fullMemberDate;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public boolean isDepartmentHead() {
        return departmentHead;
    }

    public void setDepartmentHead(boolean departmentHead) {
        this.departmentHead = departmentHead;
    }

    public boolean isKeyStaff() {
        return keyStaff;
    }

    public void setKeyStaff(boolean keyStaff) {
        this.keyStaff = keyStaff;
    }

    public boolean isPartyWorker() {
        return partyWorker;
    }

    public void setPartyWorker(boolean partyWorker) {
        this.partyWorker = partyWorker;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("staffNumber", staffNumber);
        m.put("gender", gender);
        m.put("birthDate", birthDate);
        m.put("department", department == null ? null : department.getName());
        m.put("branch", branch == null ? null : branch.getName());
        m.put("status", status);
        m.put("joinedDate", joinedDate);
        m.put("fullMemberDate", fullMemberDate);
        m.put("title", title);
        m.put("departmentHead", departmentHead);
        m.put("keyStaff", keyStaff);
        m.put("partyWorker", partyWorker);
        return m;
    }

    @Override
    public String toString() {
        return name + " (" + staffNumber + ")";
    }
}
