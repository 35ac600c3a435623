package cn.dangjian.organization;

import cn.dangjian.common.BusinessException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member as its form edits it; {@code version} is the one the form loaded. */
public record MemberInput(
        @Nullable Long id,
        long version,

        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
        String name,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "{validation.staffNumber}")
        String staffNumber,

        @NotNull(message = "{validation.required}") Gender gender,
        @Past(message = "{validation.past}") @Nullable LocalDate birthDate,
        @Nullable Long branchId,
        @Nullable Long departmentId,
        @NotNull(message = "{validation.required}") MemberStatus status,

        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.notFuture}") @Nullable
        LocalDate joinedDate,

        @PastOrPresent(message = "{validation.notFuture}") @Nullable
        LocalDate fullMemberDate,

        @Size(max = 100, message = "{validation.tooLong}") @Nullable
        String title,

        boolean departmentHead,
        boolean keyStaff,
        boolean partyWorker) {

    /** A new member with the entity's defaults, in {@code branchId} if given. */
    public static MemberInput blank(@Nullable Long branchId) {
        return new MemberInput(
                null,
                0,
                "",
                "",
                Gender.FEMALE,
                null,
                branchId,
                null,
                MemberStatus.FULL,
                null,
                null,
                null,
                false,
                false,
                false);
    }

    /** Read from a member loaded with its branch and department. */
    public static MemberInput of(Member m) {
        return new MemberInput(
                m.getId(),
                m.getVersion(),
                m.getName(),
                m.getStaffNumber(),
                m.getGender(),
                m.getBirthDate(),
                m.getBranch() == null ? null : m.getBranch().getId(),
                m.getDepartment() == null ? null : m.getDepartment().getId(),
                m.getStatus(),
                m.getJoinedDate(),
                m.getFullMemberDate(),
                m.getTitle(),
                m.isDepartmentHead(),
                m.isKeyStaff(),
                m.isPartyWorker());
    }

    /** Joined at 18 or later; full membership not before joining. */
    void checkDates() {
        if (birthDate != null && joinedDate != null && joinedDate.isBefore(birthDate.plusYears(18))) {
            throw new BusinessException("member.joinedTooYoung");
        }
        if (status == MemberStatus.FULL
                && fullMemberDate != null
                && joinedDate != null
                && fullMemberDate.isBefore(joinedDate)) {
            throw new BusinessException("member.fullBeforeJoined");
        }
    }
}
