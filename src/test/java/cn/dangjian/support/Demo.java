package cn.dangjian.support;

/** Names from the demo hospital that tests rely on (see OrganizationDemoData). */
public final class Demo {

    public static final String ADMIN = "admin";
    public static final String LEADER = "leader";
    /** Secretary of 妇产科党支部 (C08). */
    public static final String SECRETARY_C08 = "sec-c08";
    /** Secretary of 康复中医党支部 (C11). */
    public static final String SECRETARY_C11 = "sec-c11";
    /** The organisation committee member (组织委员) of 妇产科党支部 (C08), a member account. */
    public static final String COMMITTEE_C08 = "org-c08";
    /** A member of 妇产科党支部 (C08). */
    public static final String MEMBER_C08 = "member";
    /** A member of 康复中医党支部 (C11). */
    public static final String MEMBER_C11 = "member2";

    public static final String PASSWORD = "demo123";

    private Demo() {}
}
