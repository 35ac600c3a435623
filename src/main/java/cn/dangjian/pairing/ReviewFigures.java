package cn.dangjian.pairing;

import java.time.LocalDate;

/** What the records say about a pairing or alliance over a period: the review form's prefilled figures. */
public record ReviewFigures(
        LocalDate periodStart,
        LocalDate periodEnd,
        int goalsTotal,
        int goalsMet,
        int jointEvents,
        int peopleServed,
        int needsClosed,
        int needsRated,
        int needsSatisfied) {}
