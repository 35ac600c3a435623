package cn.dangjian.common;

import java.time.ZoneId;

/**
 * The hospital's time zone, from {@code APP_ZONE} (default Asia/Shanghai): the one source for the JVM's
 * default zone (set in {@code Application} before anything starts) and for the application's clock.
 */
public final class HospitalZone {

    public static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("APP_ZONE", "Asia/Shanghai"));

    private HospitalZone() {}
}
