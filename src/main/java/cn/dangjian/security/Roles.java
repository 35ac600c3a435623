package cn.dangjian.security;

/** The four roles of the console. Spring authorities carry them with the {@code ROLE_} prefix. */
public final class Roles {

    /** 院党委办公室 / 党办 administrator: the whole hospital. */
    public static final String ADMIN = "ADMIN";
    /** 支部书记 (and committee members): one branch. */
    public static final String SECRETARY = "SECRETARY";
    /** 党员: own profile, own branch's calendar, own points. */
    public static final String MEMBER = "MEMBER";
    /** 院领导: reads everything, changes nothing. */
    public static final String LEADER = "LEADER";

    private Roles() {}
}
