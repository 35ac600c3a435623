package cn.dangjian.common.ui.chart;

import java.util.List;

/**
 * Colours that stay apart for colour-blind readers: the Okabe–Ito palette (Okabe and Ito, 2002), in an
 * order that puts blue and orange, the pair every form of colour blindness tells apart, first.
 */
public final class ChartPalette {

    public static final String BLUE = "#0072B2";
    public static final String ORANGE = "#E69F00";
    public static final String GREEN = "#009E73";
    public static final String VERMILLION = "#D55E00";
    public static final String SKY = "#56B4E9";
    public static final String PURPLE = "#CC79A7";
    public static final String YELLOW = "#F0E442";
    public static final String GREY = "#999999";

    private static final List<String> ORDER = List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, YELLOW, GREY);

    private ChartPalette() {}

    /** The i-th colour, repeating after eight. */
    public static String color(int i) {
        return ORDER.get(Math.floorMod(i, ORDER.size()));
    }

    /** Good, middling, poor and unknown, as bands and health states use them (green / sky / orange / vermillion). */
    public static List<String> goodToBad(int n) {
        List<String> all = List.of(GREEN, SKY, ORANGE, VERMILLION, GREY);
        return all.subList(0, Math.min(n, all.size()));
    }
}
