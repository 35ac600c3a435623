package cn.dangjian.points;

import java.time.LocalDate;

/**
 * Period codes of the maintained totals: {@code yyyy00} a year, {@code yyyy2q} a quarter (q = 1..4, so 21..24 never collides with a month),
 * {@code yyyymm} a month. One int keeps the totals' keys and indexes small.
 */
public final class Periods {

    private Periods() {}

    public static int year(int year) {
        return year * 100;
    }

    public static int quarter(int year, int quarter) {
        return year * 100 + 20 + quarter;
    }

    public static int month(int year, int month) {
        return year * 100 + month;
    }

    /** The year, quarter and month codes a date counts towards. */
    public static int[] of(LocalDate date) {
        return new int[] {
            year(date.getYear()),
            quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1),
            month(date.getYear(), date.getMonthValue())
        };
    }

    public static boolean isMonth(int code) {
        int p = code % 100;
        return p >= 1 && p <= 12;
    }

    public static boolean isYear(int code) {
        return code % 100 == 0;
    }

    public static int yearOf(int code) {
        return code / 100;
    }
}
