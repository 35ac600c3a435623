package cn.dangjian.organization;

import cn.dangjian.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo hospital, modelled on seed 001 (a district central hospital): 40 departments, 25
 * branches of which 3 for retirees, about 650 members. A few branches break the rules on purpose so
 * the warnings have something to show. Deterministic: the same seed gives the same hospital.
 */
@Component
@Profile("demo")
class OrganizationDemoData implements DemoDataContributor {

    private static final String[][] DEPARTMENTS = {
        {"FUNCTIONAL", "党委办公室", "院长办公室", "人力资源部", "医务部", "质量控制科", "医保办", "科教科", "护理部", "财务部", "后勤保障部", "设备科", "信息中心"},
        {
            "CLINICAL",
            "心血管内科",
            "呼吸与危重症医学科",
            "消化内科",
            "神经内科",
            "肾内科",
            "内分泌科",
            "普通外科",
            "骨科",
            "神经外科",
            "泌尿外科",
            "心胸外科",
            "妇科",
            "产科",
            "儿科",
            "急诊科",
            "重症医学科",
            "康复医学科",
            "中医科",
            "肿瘤科",
            "眼科",
            "耳鼻咽喉科"
        },
        {"MEDICAL_TECH", "检验科", "放射科", "超声科", "药剂科", "病理科", "核医学科", "输血科"}
    };

    /** code, name, kind, size, departments (the first is the secretary's own). */
    private static final Object[][] BRANCHES = {
        {"F01", "机关第一党支部", BranchKind.FUNCTIONAL, 24, List.of("党委办公室", "院长办公室", "人力资源部")},
        {"F02", "医务质控党支部", BranchKind.FUNCTIONAL, 22, List.of("医务部", "质量控制科", "医保办", "科教科")},
        {"F03", "护理党支部", BranchKind.FUNCTIONAL, 56, List.of("护理部")},
        {"F04", "财务后勤党支部", BranchKind.FUNCTIONAL, 30, List.of("财务部", "后勤保障部", "设备科")},
        {"F05", "信息中心党支部", BranchKind.FUNCTIONAL, 12, List.of("信息中心")},
        {"C01", "心血管内科党支部", BranchKind.CLINICAL, 22, List.of("心血管内科")},
        {"C02", "大内科第一党支部", BranchKind.CLINICAL, 31, List.of("呼吸与危重症医学科", "消化内科")},
        {"C03", "大内科第二党支部", BranchKind.CLINICAL, 33, List.of("神经内科", "肾内科", "内分泌科")},
        {"C04", "普通外科党支部", BranchKind.CLINICAL, 24, List.of("普通外科")},
        {"C05", "骨科党支部", BranchKind.CLINICAL, 21, List.of("骨科")},
        {"C06", "神经外科泌尿外科党支部", BranchKind.CLINICAL, 25, List.of("神经外科", "泌尿外科")},
        {"C07", "心胸外科党支部", BranchKind.CLINICAL, 14, List.of("心胸外科", "心血管内科")},
        {"C08", "妇产科党支部", BranchKind.CLINICAL, 36, List.of("产科", "妇科")},
        {"C09", "儿科党支部", BranchKind.CLINICAL, 20, List.of("儿科")},
        {"C10", "急诊重症党支部", BranchKind.CLINICAL, 29, List.of("急诊科", "重症医学科")},
        {"C11", "康复中医党支部", BranchKind.CLINICAL, 18, List.of("康复医学科", "中医科")},
        {"C12", "肿瘤科党支部", BranchKind.CLINICAL, 16, List.of("肿瘤科")},
        {"C13", "五官科党支部", BranchKind.CLINICAL, 9, List.of("耳鼻咽喉科")},
        {"T01", "检验输血党支部", BranchKind.MEDICAL_TECH, 19, List.of("检验科", "输血科")},
        {"T02", "医学影像党支部", BranchKind.MEDICAL_TECH, 26, List.of("放射科", "超声科", "核医学科")},
        {"T03", "药学党支部", BranchKind.MEDICAL_TECH, 23, List.of("药剂科")},
        {"T04", "病理科党支部", BranchKind.MEDICAL_TECH, 3, List.of("病理科")},
        {"R01", "离退休第一党支部", BranchKind.RETIREE, 34, List.of()},
        {"R02", "离退休第二党支部", BranchKind.RETIREE, 28, List.of()},
        {"R03", "离退休第三党支部", BranchKind.RETIREE, 21, List.of()}
    };

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN =
            "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬斌鹏辉建国宁峰琳晶颖倩婷雪梅慧欣怡浩然子涵思远嘉诚文博宇航晨曦志强海燕春梅晓东立新凤霞建华";
    private static final String[] CLINICAL_TITLES = {"主任医师", "副主任医师", "主治医师", "住院医师", "主管护师", "护师", "护士长"};
    private static final String[] TECH_TITLES = {"主任技师", "副主任技师", "主管技师", "技师", "主管药师", "药师"};
    private static final String[] ADMIN_TITLES = {"科长", "副科长", "科员", "主任", "副主任", "工程师", "会计师"};

    private final HospitalRepository hospitals;
    private final CampusRepository campuses;
    private final DepartmentRepository departments;
    private final BranchRepository branches;
    private final MemberRepository members;
    private final CommitteeRepository committees;
    private final Clock clock;

    OrganizationDemoData(
            HospitalRepository hospitals,
            CampusRepository campuses,
            DepartmentRepository departments,
            BranchRepository branches,
            MemberRepository members,
            CommitteeRepository committees,
            Clock clock) {
        this.hospitals = hospitals;
        this.campuses = campuses;
        this.departments = departments;
        this.branches = branches;
        this.members = members;
        this.committees = committees;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean alreadyLoaded() {
        return hospitals.count() > 0;
    }

    @Override
    @Transactional
    public void load() {
        Random random = new Random(20261123L);
        LocalDate today = LocalDate.now(clock);
        Hospital hospital = hospitals.save(new Hospital("市第一人民医院", "市一院"));
        Campus main = campuses.save(new Campus(hospital, "本部院区"));
        campuses.save(new Campus(hospital, "东院区"));

        Map<String, Department> deptByName = new HashMap<>();
        for (String[] group : DEPARTMENTS) {
            DepartmentKind kind = DepartmentKind.valueOf(group[0]);
            for (int i = 1; i < group.length; i++) {
                deptByName.put(group[i], departments.save(new Department(group[i], kind, main)));
            }
        }

        int staffCounter = 10001;
        for (Object[] spec : BRANCHES) {
            String code = (String) spec[0];
            Branch branch = new Branch(code, (String) spec[1], (BranchKind) spec[2]);
            branch.setCampus(main);
            // Founded years ago, on a spread of dates: the demo's old branches owe every duty of every year shown.
            int age = branch.getCode().hashCode();
            branch.setFoundedOn(
                    LocalDate.of(today.getYear() - 4 - Math.floorMod(age, 15), 1 + Math.floorMod(age, 12), 1));
            @SuppressWarnings("unchecked")
            List<String> deptNames = (List<String>) spec[4];
            LinkedHashSet<Department> covered = new LinkedHashSet<>();
            deptNames.forEach(n -> covered.add(deptByName.get(n)));
            branch.setDepartments(covered);
            branches.save(branch);

            int size = (Integer) spec[3];
            List<Member> branchMembers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Member m = newMember(random, today, branch, covered, staffCounter++, i, size);
                branchMembers.add(members.save(m));
            }
            boolean noCommittee = code.equals("C13") || code.equals("T04");
            if (!noCommittee) {
                electCommittee(branch, branchMembers, today, code);
            }
        }
    }

    private Member newMember(
            Random random,
            LocalDate today,
            Branch branch,
            LinkedHashSet<Department> covered,
            int staffNumber,
            int index,
            int size) {
        Member m = new Member();
        m.setName(SURNAMES.charAt(random.nextInt(SURNAMES.length())) + givenName(random));
        m.setStaffNumber(String.valueOf(staffNumber));
        m.setGender(random.nextInt(100) < (branch.getCode().equals("F03") ? 92 : 55) ? Gender.FEMALE : Gender.MALE);
        m.setBranch(branch);
        boolean retiree = !branch.getKind().isServing();
        int age = retiree ? 62 + random.nextInt(20) : 24 + random.nextInt(36);
        m.setBirthDate(today.minusYears(age).minusDays(random.nextInt(365)));
        List<Department> depts = new ArrayList<>(covered);
        m.setDepartment(
                depts.isEmpty() ? null : depts.get(index < depts.size() ? index : random.nextInt(depts.size())));
        // The pathology branch has one probationary member of three: fewer than 3 full members.
        boolean probationary = branch.getCode().equals("T04") ? index == 2 : !retiree && random.nextInt(100) < 8;
        if (probationary) {
            m.setStatus(MemberStatus.PROBATIONARY);
            m.setJoinedDate(today.minusDays(30 + random.nextInt(300)));
        } else {
            m.setStatus(MemberStatus.FULL);
            LocalDate joined = m.getBirthDate().plusYears(21 + random.nextInt(Math.max(1, age - 22)));
            if (joined.isAfter(today.minusYears(2))) {
                joined = today.minusYears(2).minusDays(random.nextInt(200));
            }
            m.setJoinedDate(joined);
            m.setFullMemberDate(joined.plusYears(1));
        }
        m.setTitle(retiree ? "退休" : title(random, branch.getKind()));
        // The first member of each covered department heads it.
        m.setDepartmentHead(!retiree && index < depts.size());
        m.setKeyStaff(!retiree && !m.isDepartmentHead() && random.nextInt(100) < 15);
        return m;
    }

    private void electCommittee(Branch branch, List<Member> branchMembers, LocalDate today, String code) {
        int seats = branchMembers.size() >= 7 ? Math.min(5, 3 + branchMembers.size() / 20) : 1;
        CommitteeRole[] roles = {
            CommitteeRole.SECRETARY,
            CommitteeRole.ORGANIZATION,
            CommitteeRole.PROPAGANDA,
            CommitteeRole.DISCIPLINE,
            CommitteeRole.DEPUTY_SECRETARY
        };
        // "双带头人": most secretaries are department heads; three branches chose a key clinician instead.
        int secretaryIndex = switch (code) {
            case "C04", "T02", "F04" -> branchMembers.size() - 1;
            default -> 0;
        };
        List<Member> chosen = new ArrayList<>();
        chosen.add(branchMembers.get(secretaryIndex));
        for (int i = 1; chosen.size() < seats && i < branchMembers.size(); i++) {
            Member candidate = branchMembers.get(i);
            if (!chosen.contains(candidate) && candidate.getStatus() == MemberStatus.FULL) {
                chosen.add(candidate);
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            Member m = chosen.get(i);
            m.setPartyWorker(true);
            committees.save(new CommitteeMember(branch, m, roles[i]));
        }
        Member secretary = chosen.get(0);
        if (secretaryIndex != 0) {
            secretary.setKeyStaff(true);
        }
        // Terms run three years; one overdue and two ending soon so the warnings show.
        LocalDate termStart = switch (code) {
            case "C12" -> today.minusYears(3).minusMonths(5);
            case "T02", "F05" -> today.minusYears(3).plusDays(60);
            default -> today.minusMonths(6 + (Math.abs(code.hashCode()) % 24));
        };
        branch.setTermStart(termStart);
        branch.setTermEnd(termStart.plusYears(3));
    }

    private static String givenName(Random random) {
        int len = random.nextInt(100) < 60 ? 2 : 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    private static String title(Random random, BranchKind kind) {
        String[] titles = switch (kind) {
            case FUNCTIONAL -> ADMIN_TITLES;
            case MEDICAL_TECH -> TECH_TITLES;
            default -> CLINICAL_TITLES;
        };
        return titles[random.nextInt(titles.length)];
    }
}
