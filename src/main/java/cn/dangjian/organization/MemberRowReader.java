package cn.dangjian.organization;

import static cn.dangjian.organization.MemberSheet.*;

import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.MemberSheet.SheetRow;
import cn.dangjian.security.AppUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One sheet row of a member import read into a {@link Member}, with the rules of a single save (Bean
 * Validation, {@link MemberService#checkDates}, the importer's branch) reported as {@link ImportMessage}s.
 * A property whose cell could not be read is not reported again by validation. Checks across rows (staff
 * numbers twice in the file or already taken) stay with {@link MemberImportService}.
 */
final class MemberRowReader {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private final Validator validator;
    private final AppUser user;
    private final Map<String, Branch> branchByKey;
    private final Map<String, Department> departmentByName;

    /** {@code branchByKey}: each branch under its upper-case code and its name. */
    MemberRowReader(
            Validator validator,
            AppUser user,
            Map<String, Branch> branchByKey,
            Map<String, Department> departmentByName) {
        this.validator = validator;
        this.user = user;
        this.branchByKey = branchByKey;
        this.departmentByName = departmentByName;
    }

    /** The row as a member, unsaved; every problem found is added to {@code errors}. */
    Member toMember(SheetRow row, List<ImportMessage> errors) {
        Set<String> failed = new HashSet<>();
        Member m = new Member();
        m.setName(row.cell(NAME));
        m.setStaffNumber(row.cell(STAFF_NUMBER));
        m.setGender(parseGender(row.cell(GENDER), errors, failed));
        m.setBirthDate(date(row, BIRTH_DATE, "birthDate", errors, failed));
        String departmentName = row.cell(DEPARTMENT);
        if (!departmentName.isEmpty()) {
            Department d = departmentByName.get(departmentName);
            if (d == null) {
                errors.add(ImportMessage.of("member.department", "import.error.unknownDepartment", departmentName));
            }
            m.setDepartment(d);
        }
        String branchKey = row.cell(BRANCH);
        if (!branchKey.isEmpty()) {
            Branch b = branchByKey.getOrDefault(branchKey, branchByKey.get(branchKey.toUpperCase(Locale.ROOT)));
            if (b == null) {
                errors.add(ImportMessage.of("member.branch", "import.error.unknownBranch", branchKey));
                failed.add("branch");
            } else if (!user.isAdmin() && !b.getId().equals(user.branchId())) {
                errors.add(ImportMessage.of("member.branch", "import.error.foreignBranch", b.getName()));
                failed.add("branch");
            } else {
                m.setBranch(b);
            }
        }
        m.setStatus(parseStatus(row.cell(STATUS), errors, failed));
        m.setJoinedDate(date(row, JOINED_DATE, "joinedDate", errors, failed));
        LocalDate full = date(row, FULL_MEMBER_DATE, "fullMemberDate", errors, failed);
        // As MemberService.save does: a probationary member has no full-membership date.
        m.setFullMemberDate(m.getStatus() == MemberStatus.FULL ? full : null);
        String title = row.cell(TITLE);
        m.setTitle(title.isEmpty() ? null : title);
        m.setDepartmentHead(flag(row, DEPARTMENT_HEAD, "member.departmentHead", errors));
        m.setKeyStaff(flag(row, KEY_STAFF, "member.keyStaff", errors));
        m.setPartyWorker(flag(row, PARTY_WORKER, "member.partyWorker", errors));

        validator.validate(m).stream()
                .filter(v -> !failed.contains(v.getPropertyPath().toString()))
                .sorted(Comparator.comparing(
                        (ConstraintViolation<Member> v) -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String property = v.getPropertyPath().toString();
                    failed.add(property);
                    errors.add(ImportMessage.of(
                            "member." + property, keyOf(v.getMessageTemplate()), "member." + property));
                });
        if (!failed.contains("birthDate") && !failed.contains("joinedDate") && !failed.contains("fullMemberDate")) {
            try {
                MemberService.checkDates(m);
            } catch (BusinessException e) {
                errors.add(new ImportMessage(
                        "",
                        e.getMessageKey(),
                        Arrays.stream(e.getArgs()).map(String::valueOf).toList()));
            }
        }
        return m;
    }

    private static String keyOf(String template) {
        String t = template.trim();
        return t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1) : t;
    }

    private static @Nullable LocalDate date(
            SheetRow row, int column, String property, List<ImportMessage> errors, Set<String> failed) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'), DATE);
        } catch (DateTimeParseException e) {
            errors.add(ImportMessage.of("member." + property, "import.error.badDate", text));
            failed.add(property);
            return null;
        }
    }

    private static Gender parseGender(String text, List<ImportMessage> errors, Set<String> failed) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "男", "m", "male" -> Gender.MALE;
            case "女", "f", "female" -> Gender.FEMALE;
            default -> {
                errors.add(ImportMessage.of("member.gender", "import.error.badGender", text));
                failed.add("gender");
                yield Gender.FEMALE;
            }
        };
    }

    private static MemberStatus parseStatus(String text, List<ImportMessage> errors, Set<String> failed) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "正式党员", "正式", "full" -> MemberStatus.FULL;
            case "预备党员", "预备", "probationary" -> MemberStatus.PROBATIONARY;
            default -> {
                errors.add(ImportMessage.of("member.status", "import.error.badStatus", text));
                failed.add("status");
                yield MemberStatus.FULL;
            }
        };
    }

    private static boolean flag(SheetRow row, int column, String label, List<ImportMessage> errors) {
        String text = row.cell(column);
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> true;
            case "", "否", "n", "no", "false", "0" -> false;
            default -> {
                errors.add(ImportMessage.of(label, "import.error.badFlag", text));
                yield false;
            }
        };
    }
}
