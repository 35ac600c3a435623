package cn.dangjian.plan;

import cn.dangjian.common.contracts.EventTypeCodes;
import cn.dangjian.demo.DemoDataContributor;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.AttachmentUpload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * This year's key tasks in every follow-up state and a brand project per serving branch with monthly results,
 * made through the services as the office and the secretaries would (their reports run as the secretary, so
 * the office may accept them), then back-dated so reports fall before their due dates.
 */
@Component
@Profile("demo")
class PlanFollowUpDemoData implements DemoDataContributor {

    private final KeyTaskService tasks;
    private final AssignmentService assignments;
    private final AssignmentRepository assignmentRepository;
    private final BrandService brands;
    private final OrganizationDirectory organization;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanFollowUpDemoData(
            KeyTaskService tasks,
            AssignmentService assignments,
            AssignmentRepository assignmentRepository,
            BrandService brands,
            OrganizationDirectory organization,
            UserDetailsService users,
            JdbcTemplate jdbc,
            Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.assignmentRepository = assignmentRepository;
        this.brands = brands;
        this.organization = organization;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 470;
    }

    @Override
    public boolean alreadyLoaded() {
        Integer n = jdbc.queryForObject("select count(*) from plan_key_task", Integer.class);
        return n != null && n > 0;
    }

    @Override
    public void load() {
        int year = LocalDate.now(clock).getYear();
        List<BranchRef> serving = organization.branches().stream()
                .filter(b -> b.kind().isServing())
                .sorted(Comparator.comparing(BranchRef::code))
                .toList();
        List<BranchRef> few = serving.stream()
                .filter(b -> Set.of("C08", "C11", "F02", "C03").contains(b.code()))
                .toList();
        Set<Long> fewIds = few.stream().map(BranchRef::id).collect(Collectors.toSet());

        KeyTask themed = publish(new TaskInput(
                year,
                "上半年每个支部至少开展 5 次主题党日",
                "落实“三会一课”和主题党日制度，以支部为单位按月开展。",
                "组织建设",
                OwnerKind.ALL,
                Set.of(),
                LocalDate.of(year, 6, 30),
                "每个在职支部上半年主题党日不少于 5 次",
                EvidenceKind.EVENTS,
                EventTypeCodes.THEMED_DAY,
                5,
                LocalDate.of(year, 1, 1),
                null));
        for (Assignment a : assignmentRepository.findByTask(id(themed))) {
            // Branches behind on their duties cannot report: their assignment stays issued and is overdue.
            if (tryReport(a, "按月开展主题党日，记录已在党建日历中。", null)) {
                assignments.accept(id(a), version(a));
            }
        }
        KeyTask volunteers = publish(new TaskInput(
                year,
                "党员志愿服务进社区",
                "组织党员到联建社区开展义诊和健康宣教。",
                "党建业务融合",
                OwnerKind.BRANCHES,
                fewIds,
                LocalDate.of(year, 12, 20),
                "全年志愿服务不少于 200 人次",
                EvidenceKind.NUMBER,
                null,
                null,
                null,
                null));
        for (Assignment a : assignmentRepository.findByTask(id(volunteers))) {
            String code = code(a);
            if (code.equals("C08")) {
                as(secretary(a), () -> assignments.start(id(a), version(a)));
            } else if (code.equals("F02")) {
                tryReport(a, "全年开展社区义诊 6 次。", new BigDecimal("236"));
            }
        }
        KeyTask lecture = publish(new TaskInput(
                year,
                "书记讲专题党课",
                "支部书记结合科室业务讲一次专题党课。",
                "思想建设",
                OwnerKind.BRANCHES,
                fewIds,
                LocalDate.of(year, 10, 31),
                "每位书记至少讲一次党课",
                EvidenceKind.EVENTS,
                EventTypeCodes.PARTY_LECTURE,
                1,
                null,
                null));
        for (Assignment a : assignmentRepository.findByTask(id(lecture))) {
            if (tryReport(a, "书记已讲专题党课。", null)) {
                if (code(a).equals("C11")) {
                    assignments.sendBack(id(a), version(a), "请补充党课讲稿和参加人数。");
                } else {
                    assignments.accept(id(a), version(a));
                }
            }
        }
        KeyTask rules = publish(new TaskInput(
                year,
                "修订党建工作制度汇编",
                null,
                "制度建设",
                OwnerKind.OFFICE,
                Set.of(),
                LocalDate.of(year, 9, 30),
                "形成制度汇编并印发",
                EvidenceKind.ATTACHMENT,
                null,
                null,
                null,
                null));
        Assignment office = assignmentRepository.findByTask(id(rules)).getFirst();
        byte[] pdf = "%PDF-1.4\n% 党建工作制度汇编\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        assignments.report(
                id(office),
                new ReportInput(version(office), "制度汇编已印发。", null, List.of(new AttachmentUpload("制度汇编.pdf", pdf))));
        tasks.save(
                null,
                0,
                new TaskInput(
                        year,
                        "下一年度党建工作要点（草案）",
                        null,
                        "计划",
                        OwnerKind.ALL,
                        Set.of(),
                        LocalDate.of(year, 12, 31),
                        null,
                        EvidenceKind.NONE,
                        null,
                        null,
                        null,
                        null));
        backdate();
        new PlanBrandDemo(brands, clock).load(serving, year, id(themed));
    }

    private KeyTask publish(TaskInput in) {
        KeyTask task = tasks.save(null, 0, in);
        tasks.publish(id(task));
        return task;
    }

    /** Reports as the owner branch's secretary; false when the evidence is missing or there is no secretary. */
    private boolean tryReport(Assignment a, String text, @Nullable BigDecimal number) {
        String secretary = secretary(a);
        try {
            as(secretary, () -> assignments.report(id(a), new ReportInput(version(a), text, number, List.of())));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Reports move to five days before the due date, as they would have been made. */
    private void backdate() {
        jdbc.update("""
                update plan_assignment a join plan_key_task t on t.id = a.task_id
                set a.reported_on = date_sub(t.due_date, interval 5 day) where a.reported_on is not null""");
        jdbc.update("""
                update plan_assignment_step s join plan_assignment a on a.id = s.assignment_id
                join plan_key_task t on t.id = a.task_id
                set s.acted_at = timestamp(date_sub(t.due_date, interval
                  case s.to_state when 'ISSUED' then 60 when 'IN_PROGRESS' then 6 when 'REPORTED' then 5 else 2 end day),
                  '10:00:00')""");
    }

    private String secretary(Assignment a) {
        return "sec-" + code(a).toLowerCase(java.util.Locale.ROOT);
    }

    private String code(Assignment a) {
        BranchRef b =
                a.getBranchId() == null ? null : organization.branchesById().get(a.getBranchId());
        return b == null ? "" : b.code();
    }

    private long id(KeyTask t) {
        return java.util.Objects.requireNonNull(t.getId());
    }

    private long id(Assignment a) {
        return java.util.Objects.requireNonNull(a.getId());
    }

    /** The assignment's version now (each step saves it). */
    private long version(Assignment a) {
        return assignmentRepository.findById(id(a)).map(Assignment::getVersion).orElse(0L);
    }

    private void as(String username, Runnable work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
